package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header: how many top rows it takes (title rows included) and each column's header path
 * from the top. The header ends at the first row that holds an amount; a 栏次 row of column numbers
 * (1 2 3 …) is header. A table without amounts (an empty 空表) ends its header at its first empty row
 * or its first row whose every text starts a line (合计, 一、…, a code and its name): a row 合计 | 合计 | 基本支出
 * heads columns.
 *
 * @param rows    header rows from the top of the grid, title rows included
 * @param paths   each column's header path, top first, without repeats
 */
record Header(int rows, List<List<String>> paths) {
    /** Row labels of column-number rows: 栏次 · 行次. */
    static final Pattern COLUMN_NUMBERS = Pattern.compile("栏次|行次|栏号");

    /** How a body line of an empty table starts: 合计 · 总计 · 一、一般公共预算财政拨款收入 · 205 · 2050205. */
    static final Pattern LINE_START = Pattern.compile("合计|总计|[一二三四五六七八九十]+、|\\d{3}(?:\\d{2}){0,2}$");
    /** A classification code, which is no amount: 205 · 20502 · 2050205. */
    static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");

    Header {
        paths = paths.stream().map(List::copyOf).toList();
    }

    static Header read(Grid grid, int titleRows) {
        int rows = firstBodyRow(grid, titleRows);
        boolean spansKnown = spansKnown(grid);
        List<List<String>> paths = new ArrayList<>();
        String[][] texts = new String[grid.rows()][grid.columns()];
        for (int c = 0; c < grid.columns(); c++) {
            List<String> path = new ArrayList<>();
            for (int r = titleRows; r < rows; r++) {
                String text = grid.coveringText(r, c);
                if (text.isEmpty() && !spansKnown && c > 0 && inheritsFromLeft(grid, texts, r, c, titleRows, rows)) {
                    text = texts[r][c - 1];
                }
                texts[r][c] = text;
                if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                    path.add(text);
                }
            }
            paths.add(path);
        }
        return new Header(rows, paths);
    }

    /** The header path of a column joined the way {@code TableValue.header} gives it. */
    String joined(int column) {
        return column < paths.size() ? String.join(" / ", paths.get(column)) : "";
    }

    /**
     * Without spans (a PDF grid), a header cell merged across columns prints its text once, at the
     * left: an empty header position takes its left neighbour's text when the rows below split the
     * column and both positions sit under the same parent.
     */
    private static boolean inheritsFromLeft(Grid grid, String[][] texts, int r, int c, int top, int bottom) {
        String left = texts[r][c - 1];
        if (left == null || left.isEmpty()) {
            return false;
        }
        if (r > top && !texts[r - 1][c].equals(texts[r - 1][c - 1])) {
            return false;
        }
        for (int below = r + 1; below < bottom; below++) {
            if (!grid.coveringText(below, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean spansKnown(Grid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                var cell = grid.cellAt(r, c);
                if (cell != null && (cell.rowSpan() > 1 || cell.columnSpan() > 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstBodyRow(Grid grid, int from) {
        for (int r = from; r < grid.rows(); r++) {
            if (holdsAmount(grid, r)) {
                return r;
            }
        }
        for (int r = from + 1; r < grid.rows(); r++) {
            List<String> texts = grid.rowTexts(r);
            if (texts.isEmpty() || startsLines(texts)) {
                return r;
            }
        }
        return grid.rows();
    }

    /** Every text starts a line, or names the line whose code stands just before it (205 | 教育支出). */
    private static boolean startsLines(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            boolean named = i > 0 && CODE.matcher(texts.get(i - 1)).matches();
            if (!named && !LINE_START.matcher(texts.get(i)).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAmount(Grid grid, int row) {
        List<String> texts = grid.rowTexts(row);
        if (texts.stream().anyMatch(t -> COLUMN_NUMBERS.matcher(t).find())) {
            return false;
        }
        int numbers = 0;
        boolean counting = true;
        for (String text : texts) {
            if (CellValueReader.number(text) == null || CODE.matcher(text).matches()) {
                continue;
            }
            numbers++;
            counting &= text.equals(String.valueOf(numbers));
        }
        return numbers > 0 && !(counting && numbers == texts.size() && numbers > 1);
    }
}
