package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.CellRef;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableValue;
import org.juesuan.model.ValueRange;

/**
 * 项目资金不平: in a project's form (财政项目支出绩效目标填报表, a 绩效自评表), a fund total — 项目资金总额,
 * 年度资金申请总额, 年度资金总额 — equals the sources listed under it in its column of labels, the first
 * opening with 其中 (其中：财政资金 · 其他资金; 其中：当年财政拨款 · 上年结转资金 · 其他资金), value column by
 * value column. A form whose labels or values cannot all be read says nothing.
 *
 * <p>When another total of the same row prints the same amount and a single source carries the money, that
 * source is the odd one (年度资金申请总额 10,903,043.00 beside 项目资金总额 10,903,043.00, but 其中：当年财政拨款
 * 11,419,043.00) and is cited; otherwise the total is.
 */
public final class ProjectFundsRule implements Rule {
    /**
     * A fund total: 项目资金总额 · 年度资金申请总额 · 年度资金总额 · 资金总额 (Shanghai's forms, the central
     * 自评表); 全年预算数（万元） · 全年执行数（万元） (Sichuan's 自评表, its 预算执行情况 block).
     */
    private static final Pattern TOTAL = Pattern.compile("(?:项目|年度)?资金(?:申请)?总额|全年(?:预算|执行)数(?:\\(万?元\\))?");
    /**
     * A source of a total: 其中：财政资金 · 当年财政拨款 · 上年结转资金 · 其他资金 · 自筹资金; by fund:
     * 其中：一般公共预算 · 政府性基金预算 · 国有资本经营预算 · 社会保险基金预算.
     */
    private static final Pattern SOURCE = Pattern.compile(
            "(?:其中[:：]?)?(?:[\\p{IsHan}]{0,8}(?:资金|拨款)|(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算)");
    /** The unit a label carries, left out of a message: 全年预算数（万元）. */
    private static final Pattern UNIT = Pattern.compile("\\(万?元\\)$");
    /** The first source opens the list: 其中. */
    private static final Pattern FIRST = Pattern.compile("^其中");
    /** Rows a label may span (a row-spanned source leaves its next rows blank in its column). */
    private static final int SPANNED_ROWS = 2;
    private static final int MAX_SOURCES = 6;

    @Override
    public String id() {
        return "project-funds";
    }

    @Override
    public String chineseName() {
        return "项目资金不平";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Table table : input.disclosure().tables()) {
            if (table.kind() != TableKind.OTHER) {
                continue;
            }
            FormGrid form = new FormGrid(table);
            for (var row : form.rows().entrySet()) {
                for (int column : row.getValue().keySet()) {
                    Optional<String> label = form.label(row.getKey(), column);
                    if (label.isPresent() && TOTAL.matcher(label.get()).matches()) {
                        total(input, form, row.getKey(), column, UNIT.matcher(label.get()).replaceFirst(""), issues);
                    }
                }
            }
        }
        return issues;
    }

    private record Source(int row, String label) {
        String name() {
            return FIRST.matcher(label).replaceFirst("").replaceFirst("^[:：]", "");
        }
    }

    private static void total(CheckInput input, FormGrid form, int row, int column, String label, List<Issue> issues) {
        List<Source> sources = sources(form, row, column);
        if (sources.size() < 2 || !FIRST.matcher(sources.get(0).label()).find()) {
            return;
        }
        for (int valueColumn : form.valueColumns(row, column)) {
            compare(input, form, row, column, label, valueColumn, sources).ifPresent(issues::add);
        }
    }

    /** The sources listed under a total in its label column, until a row holds other words. */
    private static List<Source> sources(FormGrid form, int row, int column) {
        List<Source> sources = new ArrayList<>();
        int blank = 0;
        for (int next : form.rows().tailMap(row, false).keySet()) {
            Optional<String> label = form.label(next, column);
            if (label.isEmpty()) {
                TableValue cell = form.cell(next, column);
                if ((cell != null && cell.kind() != CellValueKind.BLANK) || ++blank > SPANNED_ROWS) {
                    break;
                }
                continue;
            }
            if (!SOURCE.matcher(label.get()).matches() || TOTAL.matcher(label.get()).matches() || sources.size() == MAX_SOURCES) {
                break;
            }
            sources.add(new Source(next, label.get()));
            blank = 0;
        }
        return sources;
    }

    private static Optional<Issue> compare(CheckInput input, FormGrid form, int row, int column, String label, int valueColumn,
                                           List<Source> sources) {
        TableValue total = form.cell(row, valueColumn);
        List<TableValue> parts = new ArrayList<>();
        for (Source source : sources) {
            TableValue part = form.cell(source.row(), valueColumn);
            boolean nothing = part == null || part.kind() == CellValueKind.BLANK || part.kind() == CellValueKind.DASH;
            if (!nothing && (!FormGrid.amount(part) || !form.valueColumns(source.row(), column).contains(valueColumn))) {
                return Optional.empty(); // words, a rate, or an amount outside the total's column: another layout
            }
            parts.add(nothing ? null : part);
        }
        if (parts.stream().allMatch(p -> p == null)) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        ValueRange range = Ranges.exact(BigDecimal.ZERO);
        for (TableValue part : parts) {
            if (part != null) {
                sum = sum.add(part.value());
                range = Ranges.plus(range, Ranges.printed(part.value(), part.decimals()));
            }
        }
        Optional<Severity> severity = TableIssues.grade(total.value(), total.decimals(), sum, range);
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = new Listing(form, row, label, valueColumn, sources, parts);
        Optional<Odd> odd = oddSource(form, row, column, valueColumn, total, parts);
        return Optional.of(odd.isPresent() ? listing.oddSource(input, odd.get())
                : listing.total(input, severity.get(), sum, range));
    }

    /** A source the other total convicts, and that total's label. */
    private record Odd(int index, String otherTotal) {
    }

    /** One total and its sources in one value column, as a finding cites them. */
    private record Listing(FormGrid form, int row, String label, int valueColumn, List<Source> sources, List<TableValue> parts) {
        TableValue total() {
            return form.cell(row, valueColumn);
        }

        String where() {
            return form.project(row).map(p -> "项目“" + p + "”的").orElse("项目表中");
        }

        List<CellRef> cells() {
            List<CellRef> cells = new ArrayList<>();
            cells.add(new CellRef(form.table().id(), row, valueColumn));
            for (int i = 0; i < sources.size(); i++) {
                if (parts.get(i) != null) {
                    cells.add(new CellRef(form.table().id(), sources.get(i).row(), valueColumn));
                }
            }
            return cells;
        }

        Issue total(CheckInput input, Severity severity, BigDecimal sum, ValueRange range) {
            StringBuilder listed = new StringBuilder();
            for (int i = 0; i < sources.size(); i++) {
                if (parts.get(i) != null) {
                    listed.append(listed.isEmpty() ? "" : "+").append(sources.get(i).name()).append(parts.get(i).raw().strip());
                }
            }
            String expected = TableIssues.expected(sum, total().decimals());
            String message = where() + label + total().raw().strip() + "与其中各项之和" + expected + "（" + listed + "）不等"
                    + TableIssues.note(severity);
            CellAmount stated = new CellAmount(form.table(), form.line(row), total());
            return TableIssues.at(input.disclosure(), stated, severity, message, expected, range, cells());
        }

        Issue oddSource(CheckInput input, Odd odd) {
            TableValue part = parts.get(odd.index());
            Source source = sources.get(odd.index());
            ValueRange expected = Ranges.printed(total().value(), total().decimals());
            BigDecimal point = total().value();
            for (int i = 0; i < parts.size(); i++) {
                if (i != odd.index() && parts.get(i) != null) {
                    expected = Ranges.minus(expected, Ranges.printed(parts.get(i).value(), parts.get(i).decimals()));
                    point = point.subtract(parts.get(i).value());
                }
            }
            Severity severity = TableIssues.grade(part.value(), part.decimals(), point, expected).orElse(Severity.INFO);
            String totalPrinted = total().raw().strip();
            String printed = part.raw().strip();
            String message = (part.value().compareTo(total().value()) > 0
                    ? where() + source.name() + printed + "大于" + label + totalPrinted
                    : where() + source.name() + printed + "与" + label + totalPrinted + "减其余各项后的"
                    + TableIssues.expected(point, part.decimals()) + "不符")
                    + "（" + odd.otherTotal() + "也为" + totalPrinted + "）" + TableIssues.note(severity);
            CellAmount stated = new CellAmount(form.table(), form.line(source.row()), part);
            return TableIssues.at(input.disclosure(), stated, severity, message, TableIssues.expected(point, part.decimals()),
                    expected, cells());
        }
    }

    /**
     * The one source carrying money, when another fund total of the total's row prints the same amount:
     * two totals agree, so the source is the odd one.
     */
    private static Optional<Odd> oddSource(FormGrid form, int row, int column, int valueColumn, TableValue total,
                                           List<TableValue> parts) {
        List<Integer> carrying = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null && parts.get(i).value().signum() != 0) {
                carrying.add(i);
            }
        }
        if (carrying.size() != 1) {
            return Optional.empty();
        }
        for (int other : form.rows().get(row).keySet()) {
            Optional<String> otherLabel = form.label(row, other);
            if (other == column || otherLabel.isEmpty() || !TOTAL.matcher(otherLabel.get()).matches()) {
                continue;
            }
            for (int otherColumn : form.valueColumns(row, other)) {
                if (otherColumn != valueColumn && form.cell(row, otherColumn).value().compareTo(total.value()) == 0) {
                    return Optional.of(new Odd(carrying.get(0), UNIT.matcher(otherLabel.get()).replaceFirst("")));
                }
            }
        }
        return Optional.empty();
    }
}
