package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * Reads a table's body as lines: per grid row and panel, the code (joined from 类 / 款 / 项 columns,
 * or split off a "2010101 一般行政管理事务" name), the name, and each value cell. A panel that prints
 * nothing on a row (the left side of a two-sided table below its last 收入 line) gives no line.
 */
final class LineReader {
    /** A code printed before the name in one cell: "2010101 一般行政管理事务" → 2010101 · "201一般公共服务支出" → 201. */
    static final Pattern CODE_AND_NAME = Pattern.compile("(?<code>\\d{3}(?:\\d{2}){0,2})(?<name>[^\\d.,%].*)");

    /** What a code column's cell adds to the line's code, as printed: 201 · 01 · 2010101, and a slip such as 7. */
    static final Pattern CODE_PART = Pattern.compile("\\d{1,7}");

    private LineReader() {
    }

    static List<TableLine> read(Grid grid, Header header, ColumnLayout layout) {
        List<TableLine> lines = new ArrayList<>();
        for (int r = header.rows(); r < grid.rows(); r++) {
            for (int p = 0; p < layout.panels().size(); p++) {
                TableLine line = line(grid, header, layout.panels().get(p), r, p);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static TableLine line(Grid grid, Header header, ColumnLayout.Panel panel, int row, int index) {
        StringBuilder code = new StringBuilder();
        String label = "";
        for (int c : panel.codeColumns()) {
            String text = grid.text(row, c);
            if (CODE_PART.matcher(text).matches()) {
                code.append(text);
            } else if (!text.isEmpty() && !ColumnLayout.CODE_LABEL.matcher(text).matches() && label.isEmpty()) {
                label = text;
            }
        }
        String name = panel.nameColumn() < 0 ? "" : grid.text(row, panel.nameColumn());
        if (name.isEmpty()) {
            name = label;
        }
        Matcher split = CODE_AND_NAME.matcher(name);
        if (code.isEmpty() && split.matches()) {
            code.append(split.group("code"));
            name = split.group("name");
        }
        List<TableValue> values = new ArrayList<>();
        boolean printed = code.length() > 0 || !name.isEmpty();
        for (int c : panel.valueColumns()) {
            var cell = grid.cellAt(row, c);
            TableValue value = CellValueReader.read(c, header.joined(c), cell == null ? "" : cell.text());
            printed |= value.kind() != CellValueKind.BLANK;
            values.add(value);
        }
        return printed ? new TableLine(row, index, code.toString(), name, values) : null;
    }
}
