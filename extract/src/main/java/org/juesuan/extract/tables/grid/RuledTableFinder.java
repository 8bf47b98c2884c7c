package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.model.CellBox;

/**
 * Finds the ruled tables of a page: each region of touching rulings gives a grid whose row and
 * column edges are the y of its horizontal rulings and the x of its vertical ones. A grid cell
 * joins its right neighbour where no vertical ruling separates them and its lower neighbour where
 * no horizontal ruling does, so merged cells (a two-level header's 本年支出 over 基本支出 and 项目支出)
 * come out once, with their spans. Each run goes to the cell under its centre.
 */
final class RuledTableFinder {
    private final PageLayout page;
    private final List<Ruling> horizontals;
    private final List<Ruling> verticals;

    RuledTableFinder(PageLayout page) {
        this.page = page;
        this.horizontals = RulingSegments.horizontals(page.rulings());
        this.verticals = RulingSegments.verticals(page.rulings());
    }

    List<PageTable> find() {
        List<PageTable> tables = new ArrayList<>();
        for (RuledRegion region : RuledRegion.of(horizontals, verticals)) {
            List<Double> ys = Edges.cluster(region.horizontals().stream().map(Ruling::top).toList());
            List<Double> xs = Edges.cluster(region.verticals().stream().map(Ruling::left).toList());
            // one row is enough for the last row of a table continued from the page before (合计 alone);
            // a one-row grid that continues nothing is dropped by PdfTableLayout
            if (ys.size() >= 2 && xs.size() >= 3) {
                PageTable table = build(region, ys, xs);
                if (table != null) {
                    tables.add(table);
                }
            }
        }
        tables.sort(java.util.Comparator.comparingDouble(PageTable::top));
        return tables;
    }

    private PageTable build(RuledRegion region, List<Double> ys, List<Double> xs) {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        List<List<List<TextRun>>> runsByCell = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<List<TextRun>> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new ArrayList<>());
            }
            runsByCell.add(row);
        }
        Set<Integer> lineIndexes = new HashSet<>();
        boolean anyText = false;
        for (int i = 0; i < page.lines().size(); i++) {
            int inside = 0;
            List<TextRun> runs = page.lines().get(i).runs();
            for (TextRun whole : runs) {
                for (TextRun run : RunSplitter.atEdges(whole, xs)) {
                    int r = Edges.slot(ys, run.centreY());
                    int c = Edges.slot(xs, run.centreX());
                    if (r >= 0 && c >= 0) {
                        runsByCell.get(r).get(c).add(run);
                        anyText = true;
                    }
                }
                if (Edges.slot(ys, whole.centreY()) >= 0 && whole.centreX() >= xs.get(0) && whole.centreX() <= xs.get(columns)) {
                    inside++;
                }
            }
            if (!runs.isEmpty() && inside * 2 > runs.size()) {
                lineIndexes.add(i);
            }
        }
        if (!anyText) {
            return null;
        }
        List<RawCell> cells = cells(ys, xs, runsByCell);
        return new PageTable(page.page(), ys.get(0), ys.get(rows), rows, columns, cells, xs, lineIndexes);
    }

    private List<RawCell> cells(List<Double> ys, List<Double> xs, List<List<List<TextRun>>> runsByCell) {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        boolean[][] owned = new boolean[rows][columns];
        List<RawCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (owned[r][c]) {
                    continue;
                }
                int columnSpan = 1;
                while (c + columnSpan < columns && !owned[r][c + columnSpan]
                        && !verticalAt(xs.get(c + columnSpan), ys.get(r), ys.get(r + 1))) {
                    columnSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < rows && free(owned, r + rowSpan, c, columnSpan)
                        && !horizontalAt(ys.get(r + rowSpan), xs.get(c), xs.get(c + columnSpan))) {
                    rowSpan++;
                }
                List<TextRun> runs = new ArrayList<>();
                for (int i = r; i < r + rowSpan; i++) {
                    for (int j = c; j < c + columnSpan; j++) {
                        owned[i][j] = true;
                        runs.addAll(runsByCell.get(i).get(j));
                    }
                }
                CellBox box = new CellBox(xs.get(c), ys.get(r), xs.get(c + columnSpan), ys.get(r + rowSpan));
                cells.add(new RawCell(r, c, rowSpan, columnSpan, CellText.of(runs), page.page(), box));
            }
        }
        return cells;
    }

    private static boolean free(boolean[][] owned, int row, int column, int span) {
        for (int j = column; j < column + span; j++) {
            if (owned[row][j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a vertical ruling at x separates the band from y1 to y2 (most of it). */
    private boolean verticalAt(double x, double y1, double y2) {
        double slack = Math.min(RuledRegion.TOUCH, (y2 - y1) / 4);
        for (Ruling v : verticals) {
            if (Math.abs(v.left() - x) <= RulingSegments.SAME_LINE && v.top() <= y1 + slack && v.bottom() >= y2 - slack) {
                return true;
            }
        }
        return false;
    }

    /** Whether a horizontal ruling at y separates the band from x1 to x2 (most of it). */
    private boolean horizontalAt(double y, double x1, double x2) {
        double slack = Math.min(RuledRegion.TOUCH, (x2 - x1) / 4);
        for (Ruling h : horizontals) {
            if (Math.abs(h.top() - y) <= RulingSegments.SAME_LINE && h.left() <= x1 + slack && h.right() >= x2 - slack) {
                return true;
            }
        }
        return false;
    }
}
