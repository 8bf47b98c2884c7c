package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.model.CellBox;

/**
 * Finds tables printed without rulings (WPS and Excel exports that draw none): three or more
 * consecutive visual rows of separate runs with numbers among them, close together, are a table
 * body; up to {@link #HEADER_ROWS} rows of separate runs just above it are its header. Columns are
 * the bands the body's runs occupy (a right-aligned number column still forms one band); a header
 * run over several bands spans them. A row holding one run and no number, closer to the row above
 * than rows usually are, is that row's wrapped text.
 */
final class AlignedTableFinder {
    private static final int BODY_ROWS = 3;
    private static final int HEADER_ROWS = 3;
    /** Rows further apart than this many row heights are not one table. */
    private static final double ROW_GAP = 3.5;
    /** A one-run row closer than this share of the usual row pitch is a wrapped line. */
    private static final double WRAP_PITCH = 0.8;

    private AlignedTableFinder() {
    }

    static List<PageTable> find(PageLayout page, Set<Integer> taken) {
        List<VisualRow> rows = VisualRow.of(page, taken);
        List<PageTable> tables = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int end = i;
            int columned = 0;
            while (end < rows.size() && (end == i || close(rows.get(end - 1), rows.get(end)))
                    && (rows.get(end).columned() || end > i && wrapBetween(rows, end))) {
                columned += rows.get(end).columned() ? 1 : 0;
                end++;
            }
            if (columned >= BODY_ROWS) {
                int start = i;
                while (start > 0 && i - start < HEADER_ROWS && rows.get(start - 1).runs().size() >= 2
                        && !rows.get(start - 1).prose() && close(rows.get(start - 1), rows.get(start))) {
                    start--;
                }
                tables.add(build(page, rows.subList(start, end), i - start));
                i = end;
            } else {
                i = Math.max(i + 1, end);
            }
        }
        return tables;
    }

    /** A one-run row without numbers between two body rows: a name wrapped onto a second line. */
    private static boolean wrapBetween(List<VisualRow> rows, int index) {
        VisualRow row = rows.get(index);
        return row.runs().size() == 1 && !row.hasNumber() && !row.prose() && index + 1 < rows.size()
                && rows.get(index + 1).columned() && close(row, rows.get(index + 1));
    }

    private static boolean close(VisualRow above, VisualRow below) {
        return below.centreY() - above.centreY() <= ROW_GAP * Math.max(above.height(), below.height());
    }

    private static PageTable build(PageLayout page, List<VisualRow> rows, int headerRows) {
        List<Double> edges = bands(rows.subList(headerRows, rows.size()));
        List<List<VisualRow>> merged = withWrapsJoined(rows, headerRows);
        List<RawCell> cells = new ArrayList<>();
        Set<Integer> lines = new HashSet<>();
        double top = rows.get(0).runs().stream().mapToDouble(TextRun::top).min().orElse(0);
        double bottom = rows.get(rows.size() - 1).runs().stream().mapToDouble(TextRun::bottom).max().orElse(0);
        int columns = edges.size() - 1;
        for (int r = 0; r < merged.size(); r++) {
            List<List<TextRun>> byColumn = new ArrayList<>();
            int[] spans = new int[columns];
            for (int c = 0; c < columns; c++) {
                byColumn.add(new ArrayList<>());
                spans[c] = 1;
            }
            double rowTop = Double.MAX_VALUE;
            double rowBottom = 0;
            for (VisualRow row : merged.get(r)) {
                lines.addAll(row.lineIndexes());
                for (TextRun run : row.runs()) {
                    int first = Math.max(0, Edges.slot(edges, Math.max(run.left() + 0.5, edges.get(0))));
                    int last = Math.max(first, Edges.slot(edges, Math.min(run.right() - 0.5, edges.get(columns))));
                    int column = r < headerRows ? first : Math.max(0, Edges.slot(edges, run.centreX()));
                    byColumn.get(column).add(run);
                    if (r < headerRows) {
                        spans[column] = Math.max(spans[column], last - first + 1);
                    }
                    rowTop = Math.min(rowTop, run.top());
                    rowBottom = Math.max(rowBottom, run.bottom());
                }
            }
            for (int c = 0; c < columns; c += spans[c]) {
                int span = Math.min(spans[c], columns - c);
                List<TextRun> runs = new ArrayList<>();
                for (int k = c; k < c + span; k++) {
                    runs.addAll(byColumn.get(k));
                }
                CellBox box = new CellBox(edges.get(c), rowTop, edges.get(c + span), rowBottom);
                cells.add(new RawCell(r, c, 1, span, CellText.of(runs), page.page(), box));
            }
        }
        return new PageTable(page.page(), top, bottom, merged.size(), columns, cells, edges, lines);
    }

    /** Column edges: the x-bands the body's runs occupy, merged where they overlap, split midway between. */
    private static List<Double> bands(List<VisualRow> body) {
        List<double[]> spans = new ArrayList<>();
        body.forEach(row -> row.runs().forEach(run -> spans.add(new double[] {run.left(), run.right()})));
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> bands = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                bands.add(span.clone());
            }
        }
        List<Double> edges = new ArrayList<>();
        edges.add(bands.get(0)[0]);
        for (int i = 0; i + 1 < bands.size(); i++) {
            edges.add((bands.get(i)[1] + bands.get(i + 1)[0]) / 2);
        }
        edges.add(bands.get(bands.size() - 1)[1]);
        return edges;
    }

    private static List<List<VisualRow>> withWrapsJoined(List<VisualRow> rows, int headerRows) {
        double pitch = usualPitch(rows.subList(headerRows, rows.size()));
        List<List<VisualRow>> merged = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            VisualRow row = rows.get(r);
            boolean wrap = r > headerRows && row.runs().size() == 1 && !row.hasNumber()
                    && row.centreY() - rows.get(r - 1).centreY() < WRAP_PITCH * pitch;
            if (wrap) {
                merged.get(merged.size() - 1).add(row);
            } else {
                merged.add(new ArrayList<>(List.of(row)));
            }
        }
        return merged;
    }

    private static double usualPitch(List<VisualRow> body) {
        double[] pitches = new double[Math.max(0, body.size() - 1)];
        for (int i = 0; i + 1 < body.size(); i++) {
            pitches[i] = body.get(i + 1).centreY() - body.get(i).centreY();
        }
        java.util.Arrays.sort(pitches);
        return pitches.length == 0 ? Double.MAX_VALUE : pitches[pitches.length / 2];
    }
}
