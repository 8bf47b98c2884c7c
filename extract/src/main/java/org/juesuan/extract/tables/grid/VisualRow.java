package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The runs printed on one visual line of a page, whichever text lines the extractor put them in,
 * left to right, with the page lines they come from.
 */
record VisualRow(List<TextRun> runs, List<Integer> lineIndexes) {
    /** A number as tables print it: 2,940.05, 0.00, -3, 12.5%, or a dash for none: -, —, /. */
    private static final Pattern NUMBER = Pattern.compile("^(?:-?\\d[\\d,]*(?:\\.\\d+)?%?|[-—－/])$");
    /** Clause punctuation: prose has it, table cells rarely do. */
    private static final Pattern PROSE = Pattern.compile("[。；，]");

    VisualRow {
        runs = runs.stream().sorted(Comparator.comparingDouble(TextRun::left)).toList();
        lineIndexes = List.copyOf(lineIndexes);
    }

    double centreY() {
        return runs.stream().mapToDouble(TextRun::centreY).average().orElse(0);
    }

    double height() {
        return runs.stream().mapToDouble(TextRun::height).max().orElse(0);
    }

    boolean hasNumber() {
        return runs.stream().anyMatch(r -> NUMBER.matcher(r.text().strip()).matches());
    }

    boolean prose() {
        return runs.stream().anyMatch(r -> PROSE.matcher(r.text()).find());
    }

    /** A row of a table body: two or more runs apart, one of them a number, no prose punctuation. */
    boolean columned() {
        return runs.size() >= 2 && hasNumber() && !prose();
    }

    /** The page's runs (outside the lines given) grouped into visual rows, top to bottom. */
    static List<VisualRow> of(PageLayout page, java.util.Set<Integer> excluded) {
        record Placed(TextRun run, int line) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            if (!excluded.contains(i)) {
                for (TextRun run : page.lines().get(i).runs()) {
                    placed.add(new Placed(run, i));
                }
            }
        }
        placed.sort(Comparator.comparingDouble(p -> p.run().centreY()));
        List<VisualRow> rows = new ArrayList<>();
        List<TextRun> runs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        double centre = 0;
        for (Placed p : placed) {
            if (!runs.isEmpty() && Math.abs(p.run().centreY() - centre) > 0.5 * p.run().height()) {
                rows.add(new VisualRow(runs, lines));
                runs = new ArrayList<>();
                lines = new ArrayList<>();
            }
            if (runs.isEmpty()) {
                centre = p.run().centreY();
            }
            runs.add(p.run());
            if (!lines.contains(p.line())) {
                lines.add(p.line());
            }
        }
        if (!runs.isEmpty()) {
            rows.add(new VisualRow(runs, lines));
        }
        return rows;
    }
}
