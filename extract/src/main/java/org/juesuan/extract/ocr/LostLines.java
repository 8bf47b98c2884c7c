package org.juesuan.extract.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * The lines of a page that Tesseract's page layout lost: a band of ink where the first pass read no
 * word, or garbled the line (on the finance bureau's page 22 at 150 dpi, 缴纳在职人员住房购房补贴。年初预算为258.50万元
 * came out as 缴纳在职从员住各购房由。年初预算为58.50万元, several words at confidence 0). Read again alone, as
 * one line cut out of the page, such a band reads right. The bands are found from the picture (rows
 * with ink, between blank rows), not from the first pass, which is what failed.
 */
final class LostLines {
    private static final int DARK = 160;
    /** A row with fewer dark pixels is blank (specks). */
    private static final int INK_PIXELS = 2;
    /** Blank rows inside a line (between the strokes of 二) up to this share of an inch join the line. */
    private static final double JOIN_INCHES = 1 / 60.0;
    /** A text line is this high, in inches: lower is a speck or a rule left over, higher is a picture or a seal. */
    private static final double LOWEST_INCHES = 0.06;
    private static final double HIGHEST_INCHES = 0.45;
    /** A word below this confidence is garbled; a line with {@link #GARBLED_WORDS} such words is read again. */
    private static final double GARBLED = 0.3;
    private static final int GARBLED_WORDS = 3;
    /** At most this many lines a page are read again: each is one more recogniser run. */
    static final int MOST_LINES = 6;
    /** A line read again is taken only when its words are this sure on average (a seal read as a line is not). */
    private static final double SURE = 0.6;
    /** White around the line, as a share of its height. */
    private static final double MARGIN = 0.3;

    private LostLines() {
    }

    /** The lines of ink of a page picture, top to bottom, each box around its ink. */
    static List<Rectangle> inkLines(BufferedImage picture, int dpi) {
        Raster raster = picture.getRaster();
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] row = new int[width];
        int join = Math.max(1, (int) Math.round(JOIN_INCHES * dpi));
        List<Rectangle> lines = new ArrayList<>();
        int top = -1;
        int lastInk = -1;
        int left = width;
        int right = -1;
        for (int y = 0; y <= height; y++) {
            int ink = 0;
            int rowLeft = width;
            int rowRight = -1;
            if (y < height) {
                raster.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    if (row[x] < DARK) {
                        ink++;
                        rowLeft = Math.min(rowLeft, x);
                        rowRight = x;
                    }
                }
            }
            if (ink >= INK_PIXELS) {
                left = top < 0 ? rowLeft : Math.min(left, rowLeft);
                right = top < 0 ? rowRight : Math.max(right, rowRight);
                top = top < 0 ? y : top;
                lastInk = y;
            } else if (top >= 0 && (y - lastInk > join || y == height)) {
                add(lines, new Rectangle(left, top, right - left + 1, lastInk - top + 1), dpi);
                top = -1;
            }
        }
        return lines;
    }

    private static void add(List<Rectangle> lines, Rectangle line, int dpi) {
        if (line.height >= LOWEST_INCHES * dpi && line.height <= HIGHEST_INCHES * dpi && line.width > 0) {
            lines.add(line);
        }
    }

    /** The ink lines where the first pass read no word or garbled several, at most {@link #MOST_LINES}. */
    static List<Rectangle> lost(RecognizedPage first, List<Rectangle> inkLines) {
        List<Rectangle> lost = new ArrayList<>();
        for (Rectangle line : inkLines) {
            List<Word> words = on(first, line);
            long garbled = words.stream().filter(w -> w.confidence() < GARBLED).count();
            if ((words.isEmpty() || garbled >= GARBLED_WORDS) && lost.size() < MOST_LINES) {
                lost.add(line);
            }
        }
        return lost;
    }

    /** A line's box with white around it, to cut out of the page. */
    static Rectangle withMargin(Rectangle line) {
        int margin = (int) Math.round(MARGIN * line.height);
        return new Rectangle(line.x - margin, line.y - margin, line.width + 2 * margin, line.height + 2 * margin);
    }

    /**
     * The page with the words of each line read again in place of the first pass's words on it, when
     * the second reading is the surer (higher mean confidence, and sure enough); each reading comes from
     * its line's own strip, {@code rows} being the lines' rows there; the words go back in page pixels.
     */
    static RecognizedPage putBack(RecognizedPage first, List<StripPicture.Row> rows, List<RecognizedPage> readings) {
        List<Word> words = new ArrayList<>(first.words());
        for (int i = 0; i < readings.size(); i++) {
            StripPicture.Row row = rows.get(i);
            List<Word> again = readings.get(i).words().stream()
                    .map(w -> new Word(w.text(), row.pageX(w.left()), row.pageY(w.top()), row.pageX(w.right()),
                            row.pageY(w.bottom()), w.confidence()))
                    .toList();
            Rectangle line = row.onPage();
            List<Word> before = on(new RecognizedPage(words), line);
            if (again.isEmpty() || mean(again) <= mean(before) || mean(again) < SURE) {
                continue;
            }
            int at = before.isEmpty() ? insertionPoint(words, line) : words.indexOf(before.get(0));
            words.removeAll(before);
            words.addAll(Math.min(at, words.size()), again);
        }
        return new RecognizedPage(words);
    }

    /** Where a line without words goes in reading order: before the first word below it. */
    private static int insertionPoint(List<Word> words, Rectangle line) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).top() >= line.y + line.height) {
                return i;
            }
        }
        return words.size();
    }

    private static List<Word> on(RecognizedPage page, Rectangle line) {
        return page.words().stream().filter(w -> {
            double centre = (w.top() + w.bottom()) / 2.0;
            return centre >= line.y && centre <= line.y + line.height;
        }).toList();
    }

    private static double mean(List<Word> words) {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
