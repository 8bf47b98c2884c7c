package org.juesuan.model;

import java.util.List;

/**
 * One line of a table's body as a reader of the table sees it: its code, its name and its values.
 * The two-sided summary tables (收入 on the left, 支出 on the right) give two lines per grid row,
 * one per panel.
 *
 * @param row    the grid row
 * @param panel  0, or 1 for the right-hand panel of a two-sided table
 * @param code   the classification code (类 201, 款 20101, 项 2010101, or economic 301, 30101), joined
 *               from 类 / 款 / 项 columns when the table splits it; empty when the line has none
 * @param name   the line's name as printed (合计, 一般公共服务支出, 本年收入合计…)
 * @param values the value cells of the line, left to right
 */
public record TableLine(int row, int panel, String code, String name, List<TableValue> values) {
    public TableLine {
        if (row < 0 || panel < 0) {
            throw new IllegalArgumentException("bad row or panel");
        }
        Checks.present(code, "code");
        Checks.present(name, "name");
        values = Checks.copy(values, "values");
    }
}
