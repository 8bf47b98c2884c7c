package org.juesuan.extract.tables.grid;

import java.util.List;

/**
 * What a PDF page prints, as the table finder needs it: its size as displayed, its text lines in
 * drawing order and its ruling lines. Coordinates in PDF points from the displayed top-left corner.
 *
 * @param page 1-based page number
 */
public record PageLayout(int page, double width, double height, List<PrintedLine> lines, List<Ruling> rulings) {
    public PageLayout {
        if (page < 1 || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("bad page " + page + " " + width + "x" + height);
        }
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }

    /** The page's text as the extractor wrote it, one line per line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (PrintedLine line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }
}
