package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * One item printed as the same line in two tables: a code whose line reads the same, column for
 * column (合计, 基本支出, 项目支出 …), in two function tables of one unit — the 支出决算表 and the
 * 一般公共预算表 of a unit spending general-budget money only — except in one column, by one unit of
 * the last digit. One of the two most likely adds its rounded parts where the other rounds the whole,
 * so the odd cell is told as a rounding tail (INFO, never more), with the columns that agree as its
 * evidence. Lines that differ in two columns or more, or by more, are different figures and are left
 * to the other checks.
 */
final class TwinLines {
    /** Columns the two lines must share, with at least one amount other than zero agreeing. */
    private static final int SHARED_AT_LEAST = 2;

    private TwinLines() {
    }

    static void compare(CheckInput input, List<Table> tables, List<Issue> issues) {
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                Table a = tables.get(i);
                Table b = tables.get(j);
                if (TableWords.fold(a.unit()).equals(TableWords.fold(b.unit()))) {
                    compare(input, a, b, issues);
                }
            }
        }
    }

    private static void compare(CheckInput input, Table a, Table b, List<Issue> issues) {
        Map<String, TableLine> byCode = new LinkedHashMap<>();
        b.lines().stream().filter(l -> l.code().length() >= 3).forEach(l -> byCode.putIfAbsent(l.code() + "|" + l.panel(), l));
        for (TableLine line : a.lines()) {
            TableLine twin = byCode.get(line.code() + "|" + line.panel());
            if (line.code().length() >= 3 && twin != null) {
                oddCell(input, a, line, b, twin).ifPresent(issues::add);
            }
        }
    }

    private static java.util.Optional<Issue> oddCell(CheckInput input, Table a, TableLine line, Table b, TableLine twin) {
        HeaderPaths headers = HeaderPaths.of(input);
        Map<String, TableValue> columns = byColumn(headers, line);
        Map<String, TableValue> twinColumns = byColumn(headers, twin);
        int shared = 0;
        boolean agreedAmount = false;
        List<TableValue[]> differing = new ArrayList<>();
        for (Map.Entry<String, TableValue> column : columns.entrySet()) {
            TableValue other = twinColumns.get(column.getKey());
            TableValue value = column.getValue();
            if (other == null || value.value() == null || other.value() == null) {
                continue;
            }
            shared++;
            if (value.value().compareTo(other.value()) == 0) {
                agreedAmount |= value.value().signum() != 0;
            } else {
                differing.add(new TableValue[] {value, other});
            }
        }
        if (shared < SHARED_AT_LEAST || !agreedAmount || differing.size() != 1) {
            return java.util.Optional.empty();
        }
        TableValue value = differing.get(0)[0];
        TableValue other = differing.get(0)[1];
        if (value.decimals() != other.decimals()
                || value.value().subtract(other.value()).abs().movePointRight(value.decimals()).compareTo(BigDecimal.ONE) != 0) {
            return java.util.Optional.empty();
        }
        CellAmount stated = new CellAmount(a, line, value);
        CellAmount twinCell = new CellAmount(b, twin, other);
        return java.util.Optional.of(TableIssues.at(input.disclosure(), stated, Severity.INFO, TableSums.where(stated)
                + stated.printed() + "，而" + TableSums.where(twinCell) + "为" + twinCell.printed()
                + "；两表该科目其余各栏完全相同，此栏相差末位一个单位，属尾差", twinCell.printed(), twinCell.range(),
                List.of(twinCell.ref())));
    }

    /** The line's money values by their last header level (合计 for 本年支出合计, 基本支出 …); a level met twice is dropped. */
    private static Map<String, TableValue> byColumn(HeaderPaths headers, TableLine line) {
        Map<String, TableValue> columns = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (TableValue value : ReadTables.money(headers, line)) {
            List<String> path = headers.path(value);
            String last = path.isEmpty() ? "" : path.get(path.size() - 1);
            String level = last.endsWith("合计") ? "合计" : last;
            if (columns.putIfAbsent(level, value) != null) {
                twice.add(level);
            }
        }
        twice.forEach(columns::remove);
        return columns;
    }
}
