package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;
import org.juesuan.model.ValueRange;

/**
 * A printed total against its printed parts, over intervals. A blank, a dash or a slash is not a
 * zero: it adds nothing and is named as blank. Parts that are all blank leave nothing to compare,
 * unless the total holds an amount (then the parts were left empty: a warning); a blank total over
 * parts that hold amounts is a warning too (the line's values shifted, or its total left out), never
 * an error.
 */
final class TableSums {
    private TableSums() {
    }

    /**
     * Compares the total with the sum of its parts.
     *
     * @param what how the message names the parts' sum (各类之和, 基本支出与项目支出之和)
     */
    static Optional<Issue> check(Disclosure disclosure, CellAmount total, List<CellAmount> parts, String what) {
        List<CellAmount> numbers = parts.stream().filter(CellAmount::isNumber).toList();
        List<CellRef> refs = parts.stream().map(CellAmount::ref).toList();
        if (numbers.isEmpty()) {
            if (total.isNumber() && total.number().signum() != 0 && !parts.isEmpty()) {
                return Optional.of(TableIssues.at(disclosure, total, Severity.WARNING, where(total) + total.printed()
                        + "，但" + what.replace("之和", "") + "均未填列数字", null, null, refs));
            }
            return Optional.empty();
        }
        ValueRange sum = Ranges.exact(BigDecimal.ZERO);
        BigDecimal point = BigDecimal.ZERO;
        int decimals = 0;
        for (CellAmount part : numbers) {
            sum = Ranges.plus(sum, part.range());
            point = point.add(part.number());
            decimals = Math.max(decimals, part.value().decimals());
        }
        if (!total.isNumber()) {
            if (sum.low().signum() <= 0) {
                return Optional.empty();
            }
            String expected = TableIssues.expected(point, decimals);
            return Optional.of(TableIssues.at(disclosure, total, Severity.WARNING, where(total) + "为空，而" + what + "为" + expected,
                    expected, sum, refs));
        }
        int stated = total.value().decimals();
        Optional<Severity> severity = TableIssues.grade(total.number(), stated, point, sum);
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        String expected = TableIssues.expected(point, stated);
        String blanks = parts.size() > numbers.size() ? "（空白栏未计入）" : "";
        String message = where(total) + total.printed() + "与" + what + expected + "不符" + blanks + TableIssues.note(severity.get());
        return Optional.of(TableIssues.at(disclosure, total, severity.get(), message, expected, sum, refs));
    }

    /**
     * Each money value of the total line against the same-header values of the part lines: 类 against
     * its 款, 本年支出合计 against the classes above it. A column some part line lacks is not summed.
     */
    static List<Issue> byHeader(CheckInput input, Table table, TableLine total, List<TableLine> partLines, String what) {
        HeaderPaths headers = HeaderPaths.of(input);
        List<Issue> issues = new ArrayList<>();
        if (partLines.isEmpty()) {
            return issues;
        }
        for (TableValue value : ReadTables.money(headers, total)) {
            String header = headers.header(value);
            List<CellAmount> parts = new ArrayList<>();
            boolean summable = true;
            for (TableLine line : partLines) {
                List<TableValue> same = ReadTables.money(headers, line).stream().filter(v -> headers.header(v).equals(header)).toList();
                if (same.size() > 1 || (same.isEmpty() && line.values().stream().anyMatch(v -> v.value() != null))) {
                    summable = false;
                    break;
                }
                for (TableValue part : same) {
                    parts.add(new CellAmount(table, line, part));
                }
            }
            if (summable) {
                check(input.disclosure(), new CellAmount(table, total, value), parts, what).ifPresent(issues::add);
            }
        }
        return issues;
    }

    /** 支出决算表“合计”行“本年支出合计” — the table, the line and the column of a cell. */
    static String where(CellAmount cell) {
        String header = TableWords.header(cell.value());
        String line = cell.lineName();
        return cell.tableName() + (line.isEmpty() ? "" : "“" + line + "”行") + (header.isEmpty() ? "" : "“" + header + "”");
    }
}
