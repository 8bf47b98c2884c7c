package org.juesuan.model;

import java.math.BigDecimal;

/**
 * One value of a table line, read from its cell.
 *
 * @param column   the grid column of the cell
 * @param header   the column's header path joined by " / " (本年收入 / 财政拨款收入), or empty
 * @param kind     number, blank, dash, slash or text
 * @param value    the exact number in the table's unit for NUMBER (percent cells: the percentage), else null
 * @param decimals decimals printed, for NUMBER; 0 otherwise
 * @param raw      the cell's text as printed
 */
public record TableValue(int column, String header, CellValueKind kind, BigDecimal value, int decimals, String raw) {
    public TableValue {
        if (column < 0 || decimals < 0) {
            throw new IllegalArgumentException("bad column or decimals");
        }
        Checks.present(header, "header");
        Checks.present(kind, "kind");
        Checks.present(raw, "raw");
        if ((kind == CellValueKind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("a value is given exactly for NUMBER cells, column " + column);
        }
    }
}
