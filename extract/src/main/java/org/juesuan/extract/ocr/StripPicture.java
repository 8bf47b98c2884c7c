package org.juesuan.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pieces of a page picture cut out and stacked one a row, on white, for the recogniser to read again
 * apart from the rest of the page (the doubtful numbers of {@link DigitStrip}, the lost lines of
 * {@link LostLines}). Knows where each piece sits in the strip and on the page, so a word read in the
 * strip can be put back on the page.
 */
final class StripPicture {
    /** White left of every piece and between rows, in pixels. */
    static final int GAP = 40;

    /** One piece: its box on the page (clipped to the page) and the top of its row in the strip. */
    record Row(Rectangle onPage, int top) {
        int bottom() {
            return top + onPage.height;
        }

        /** Whether a strip box's vertical centre lies in this row. */
        boolean holds(int stripTop, int stripBottom) {
            double centre = (stripTop + stripBottom) / 2.0;
            return centre >= top && centre <= bottom();
        }

        /** A strip x as a page x. */
        int pageX(int stripX) {
            return stripX - GAP + onPage.x;
        }

        /** A strip y as a page y. */
        int pageY(int stripY) {
            return stripY - top + onPage.y;
        }
    }

    private final List<Row> rows;
    private final int width;
    private final int height;

    private StripPicture(List<Row> rows, int width, int height) {
        this.rows = List.copyOf(rows);
        this.width = width;
        this.height = height;
    }

    /** The pieces, boxes in page pixels, clipped to a page of the given size; an empty box gets an empty row. */
    static StripPicture stack(List<Rectangle> pieces, int pageWidth, int pageHeight) {
        Rectangle page = new Rectangle(0, 0, pageWidth, pageHeight);
        List<Row> rows = new ArrayList<>(pieces.size());
        int y = GAP;
        int width = 1;
        for (Rectangle piece : pieces) {
            Rectangle clipped = piece.intersection(page);
            if (clipped.isEmpty()) {
                clipped = new Rectangle(Math.max(0, Math.min(piece.x, pageWidth - 1)),
                        Math.max(0, Math.min(piece.y, pageHeight - 1)), 0, 0);
            }
            rows.add(new Row(clipped, y));
            y += clipped.height + GAP;
            width = Math.max(width, clipped.width + 2 * GAP);
        }
        return new StripPicture(rows, width, y);
    }

    List<Row> rows() {
        return rows;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The strip drawn from {@code page}: each piece copied to its row, white elsewhere. */
    BufferedImage draw(BufferedImage page) {
        BufferedImage strip = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = strip.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        for (Row row : rows) {
            Rectangle box = row.onPage();
            if (!box.isEmpty()) {
                graphics.drawImage(page.getSubimage(box.x, box.y, box.width, box.height), GAP, row.top(), null);
            }
        }
        graphics.dispose();
        return strip;
    }
}
