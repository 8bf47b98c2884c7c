package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * A form-style table (a project's 绩效目标填报表, a 自评表) read as a grid of labels and values: row by row,
 * column by column, what the reader put there. A line's name stands in column -1, before its values, so
 * a label the reader took for a name is found like any other.
 */
final class FormGrid {
    private static final int NAME_COLUMN = -1;
    /** The label of a form's project: 项目名称 · 项目支出名称. */
    private static final Pattern PROJECT_NAME = Pattern.compile("项目(?:支出)?名称");
    private final Table table;
    private final NavigableMap<Integer, NavigableMap<Integer, TableValue>> rows = new TreeMap<>();
    private final Map<Integer, TableLine> lines = new TreeMap<>();

    FormGrid(Table table) {
        this.table = table;
        for (TableLine line : table.lines()) {
            NavigableMap<Integer, TableValue> row = rows.computeIfAbsent(line.row(), r -> new TreeMap<>());
            lines.putIfAbsent(line.row(), line);
            if (!line.name().isBlank()) {
                // keyed before every value; the value itself needs a column of the table, never cited
                row.putIfAbsent(NAME_COLUMN, new TableValue(0, "", CellValueKind.TEXT, null, 0, line.name()));
            }
            for (TableValue value : line.values()) {
                row.putIfAbsent(value.column(), value);
            }
        }
    }

    Table table() {
        return table;
    }

    /** The rows in order, each as its cells by column. */
    NavigableMap<Integer, NavigableMap<Integer, TableValue>> rows() {
        return rows;
    }

    /** The line the reader made of a row (for citing its cells). */
    TableLine line(int row) {
        return lines.get(row);
    }

    /** The words of a cell folded as the rules compare them, or empty when it holds no words. */
    Optional<String> label(int row, int column) {
        TableValue value = cell(row, column);
        return value != null && value.kind() == CellValueKind.TEXT ? Optional.of(TableWords.fold(value.raw())) : Optional.empty();
    }

    TableValue cell(int row, int column) {
        NavigableMap<Integer, TableValue> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /**
     * The columns of a label's values: those right of it up to the next words in its row, which hold a
     * printed amount (a rate, with its %, is not one).
     */
    List<Integer> valueColumns(int row, int labelColumn) {
        List<Integer> columns = new ArrayList<>();
        for (TableValue value : rows.getOrDefault(row, new TreeMap<>()).tailMap(labelColumn, false).values()) {
            if (value.kind() == CellValueKind.TEXT) {
                break;
            }
            if (amount(value)) {
                columns.add(value.column());
            }
        }
        return columns;
    }

    /** Whether the cell prints an amount: a number without a percent sign. */
    static boolean amount(TableValue value) {
        return value != null && value.kind() == CellValueKind.NUMBER && value.raw().indexOf('%') < 0
                && value.raw().indexOf('％') < 0;
    }

    /**
     * The words printed right of the nearest 项目名称 (项目支出名称) at or above a row: the project the form is about
     * (read from the cells, since a form's first rows are often taken for its header).
     */
    Optional<String> project(int row) {
        TableCell label = null;
        for (TableCell cell : table.cells()) {
            if (cell.row() <= row && (label == null || cell.row() > label.row())
                    && PROJECT_NAME.matcher(TableWords.fold(cell.text())).matches()) {
                label = cell;
            }
        }
        if (label == null) {
            return Optional.empty();
        }
        TableCell name = null;
        for (TableCell cell : table.cells()) {
            if (cell.row() == label.row() && cell.column() > label.column() && !cell.text().isBlank()
                    && (name == null || cell.column() < name.column())) {
                name = cell;
            }
        }
        return Optional.ofNullable(name).map(c -> TableWords.fold(c.text()));
    }
}
