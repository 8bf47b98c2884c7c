package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run that crosses column edges: two cells printed so close that the text extractor saw
 * no gap between them. The split falls where the edge is, measured in printed widths (a Chinese
 * character is about twice as wide as a digit).
 */
final class RunSplitter {
    /** A run must pass an edge by this much (points) on both sides to be split there. */
    private static final double OVERLAP = 1.5;

    private RunSplitter() {
    }

    static List<TextRun> atEdges(TextRun run, List<Double> edges) {
        List<TextRun> parts = new ArrayList<>();
        TextRun rest = run;
        for (double edge : edges) {
            if (rest.left() < edge - OVERLAP && rest.right() > edge + OVERLAP && rest.text().length() > 1) {
                int cut = cutIndex(rest, edge);
                if (cut > 0 && cut < rest.text().length()) {
                    double x = rest.left() + (rest.right() - rest.left()) * widthOf(rest.text(), cut) / widthOf(rest.text(), rest.text().length());
                    parts.add(new TextRun(rest.text().substring(0, cut), rest.left(), rest.top(), x, rest.bottom()));
                    rest = new TextRun(rest.text().substring(cut), x, rest.top(), rest.right(), rest.bottom());
                }
            }
        }
        parts.add(rest);
        return parts;
    }

    private static int cutIndex(TextRun run, double edge) {
        double total = widthOf(run.text(), run.text().length());
        double share = (edge - run.left()) / (run.right() - run.left());
        for (int i = 1; i <= run.text().length(); i++) {
            if (widthOf(run.text(), i) / total >= share) {
                double before = widthOf(run.text(), i - 1) / total;
                return share - before < widthOf(run.text(), i) / total - share ? i - 1 : i;
            }
        }
        return run.text().length();
    }

    private static double widthOf(String text, int upTo) {
        double width = 0;
        for (int i = 0; i < upTo; i++) {
            width += text.charAt(i) >= 0x2E80 ? 1.0 : 0.5;
        }
        return width;
    }
}
