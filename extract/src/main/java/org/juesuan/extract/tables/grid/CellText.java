package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of one cell from the runs printed inside it: runs on one line joined left to right
 * (with a space between two that do not touch, so 201 05 stays two tokens when one cell holds
 * both), and a cell's wrapped lines joined with nothing, as the printed text reads.
 */
final class CellText {
    /** Runs whose vertical centres differ by less than this share of their height share a line. */
    private static final double SAME_LINE = 0.5;
    /** A horizontal gap wider than this share of the height is a space. */
    private static final double SPACE = 0.3;

    private CellText() {
    }

    static String of(List<TextRun> runs) {
        List<TextRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(TextRun::centreY));
        List<List<TextRun>> lines = new ArrayList<>();
        for (TextRun run : sorted) {
            List<TextRun> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centreY() - run.centreY())
                    < SAME_LINE * Math.max(run.height(), last.get(0).height())) {
                last.add(run);
            } else {
                List<TextRun> line = new ArrayList<>();
                line.add(run);
                lines.add(line);
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<TextRun> line : lines) {
            line.sort(Comparator.comparingDouble(TextRun::left));
            TextRun previous = null;
            for (TextRun run : line) {
                if (previous != null && run.left() - previous.right() > SPACE * run.height()) {
                    text.append(' ');
                }
                text.append(run.text().strip());
                previous = run;
            }
        }
        return text.toString();
    }
}
