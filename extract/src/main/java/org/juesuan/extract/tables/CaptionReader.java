package org.juesuan.extract.tables;

import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.model.TableKind;

/**
 * Finds a table's caption and unit: in a title row at the top of its grid (Word tables often carry
 * both), else in the lines printed just before it, nearest first. A caption is a short line naming a
 * table (it holds 表), not a sentence or a note; a line naming one of the nine wins over a nearer one
 * that names none (the part's heading 部门决算表, a numbering line 公开01表).
 */
final class CaptionReader {
    /** The organization clause budget captions carry: 编制部门：万里街道办事处 · 部门名称：江苏省人民检察院 · 编制单位：… */
    static final Pattern ORGANIZATION = Pattern.compile(
            "(?:编制部门|编制单位|部门名称|单位名称|预算单位|填报单位|部门)[：:].*?(?=(?:金额)?单位[：:]|$)");
    /** A note or remark, never a caption: 注：本表反映… · 说明：… · 备注 · 此表为空. */
    static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注|此表|本表|数据来源)");
    /** A line wrapped in parentheses: （2024年收入支出决算总表） · (单位：万元). */
    static final Pattern WRAPPED = Pattern.compile("[（(][^（()）]*[）)]");
    /** How many lines before the table may hold its caption. */
    static final int WINDOW = 6;
    private static final int LONGEST_CAPTION = 60;
    /** How many rows at the top of a grid may be title rows. */
    private static final int TOP_ROWS = 3;

    /** What was found: the caption (normalised, empty when none), its unit, and whether row 0 of the grid held it. */
    record Found(String caption, String unit, int titleRows) {
    }

    private CaptionReader() {
    }

    /** @param before the lines before the table, nearest last */
    static Found read(List<String> before, Grid grid) {
        int titleRows = titleRows(grid);
        String caption = "";
        String unit = "";
        for (int r = 0; r < titleRows; r++) {
            for (String text : grid.rowTexts(r)) {
                unit = unit.isEmpty() ? UnitReader.unitIn(text) : unit;
                String candidate = candidate(text);
                if (caption.isEmpty() && candidate != null) {
                    caption = candidate;
                }
            }
        }
        String fallback = "";
        int seen = 0;
        for (int i = before.size() - 1; i >= 0 && seen < WINDOW; i--) {
            String line = CellText.normalise(before.get(i));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (isSentence(line)) {
                break;
            }
            if (unit.isEmpty()) {
                unit = UnitReader.unitIn(line);
            }
            String candidate = candidate(line);
            if (candidate == null || !caption.isEmpty()) {
                continue;
            }
            if (CaptionKinds.kindOf(candidate) != TableKind.OTHER) {
                caption = candidate;
                break;
            }
            if (fallback.isEmpty()) {
                fallback = candidate;
            }
        }
        if (caption.isEmpty()) {
            caption = fallback;
        }
        if (unit.isEmpty()) {
            unit = unitInHeader(grid, titleRows);
        }
        return new Found(caption, unit, titleRows);
    }

    /** The caption a normalised line holds, without its organization and unit clauses; null when it holds none. */
    static String candidate(String line) {
        String text = ORGANIZATION.matcher(UnitReader.withoutUnit(line)).replaceAll("");
        if (WRAPPED.matcher(text).matches()) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty() || text.length() > LONGEST_CAPTION || !text.contains("表") || NOTE.matcher(text).find()
                || isSentence(text) || CaptionKinds.core(text).isEmpty()) {
            return null;
        }
        return text;
    }

    private static boolean isSentence(String line) {
        return line.contains("。") || line.endsWith("，") || line.endsWith("；") || line.length() > 2 * LONGEST_CAPTION;
    }

    /**
     * Rows at the top of the grid that print a caption or a unit rather than column headers: one text
     * merged across the whole width (a Word title row: the caption, （2021年度）, a 盖章 line), or only a
     * caption, an organization and a unit.
     */
    static int titleRows(Grid grid) {
        int rows = 0;
        while (rows < Math.min(TOP_ROWS, grid.rows())) {
            List<String> texts = grid.rowTexts(rows);
            boolean title = !texts.isEmpty() && (spansTheWidth(grid, rows) || texts.stream().allMatch(t -> candidate(t) != null
                    || !UnitReader.unitIn(t).isEmpty() || ORGANIZATION.matcher(t).lookingAt()));
            if (!title) {
                break;
            }
            rows++;
        }
        return rows;
    }

    private static boolean spansTheWidth(Grid grid, int row) {
        var cell = grid.cellAt(row, 0);
        return grid.columns() > 1 && cell != null && cell.columnSpan() == grid.columns();
    }

    private static String unitInHeader(Grid grid, int from) {
        for (int r = from; r < Math.min(grid.rows(), from + 2); r++) {
            for (String text : grid.rowTexts(r)) {
                String unit = UnitReader.unitIn(text);
                if (!unit.isEmpty()) {
                    return unit;
                }
            }
        }
        return "";
    }
}
