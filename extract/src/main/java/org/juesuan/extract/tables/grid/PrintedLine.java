package org.juesuan.extract.tables.grid;

import java.util.List;
import java.util.Objects;

/**
 * One line of page text as the text extractor wrote it (its words joined by single spaces), with
 * the runs it is made of. Lines come in the order the page's content draws them.
 */
public record PrintedLine(String text, List<TextRun> runs) {
    public PrintedLine {
        Objects.requireNonNull(text, "text");
        runs = List.copyOf(runs);
    }

    public double top() {
        return runs.stream().mapToDouble(TextRun::top).min().orElse(0);
    }

    public double bottom() {
        return runs.stream().mapToDouble(TextRun::bottom).max().orElse(0);
    }
}
