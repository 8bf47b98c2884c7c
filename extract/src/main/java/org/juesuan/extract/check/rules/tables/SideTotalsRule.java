package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 收支总表收支不平: in the two-sided summary tables (收入支出决算总表, 财政拨款收入支出决算总表), 收入总计 =
 * 支出总计; each side's 本年合计 = the items above it; each side's 总计 = its 本年合计 + the carry-over
 * lines between them (年初结转和结余, 使用非财政拨款结余 / 结余分配, 年末结转和结余), leaving out the
 * numbered breakdown of a carry-over (一、一般公共预算财政拨款) and 其中 lines.
 */
public final class SideTotalsRule implements Rule {
    /** The grand total of a side: 总计 · 收入总计 · 支出总计. */
    private static final Pattern GRAND = Pattern.compile("(?:收入|支出)?总计");
    /** The year's total of the income side: 本年收入合计 · 本年收入. */
    private static final Pattern INCOME_YEAR = Pattern.compile("本年收入(?:合计)?");
    /** The year's total of the expenditure side: 本年支出合计 · 本年支出. */
    private static final Pattern EXPENDITURE_YEAR = Pattern.compile("本年支出(?:合计)?");
    /** Lines that detail another line rather than add to a side: 其中：… */
    private static final Pattern DETAIL = Pattern.compile("^其中");

    @Override
    public String id() {
        return "table-side-totals";
    }

    @Override
    public String chineseName() {
        return "收支总表收支不平";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Disclosure disclosure = input.disclosure();
        for (Table table : new ReadTables(input).trusted(EnumSet.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_SUMMARY))) {
            Optional<TableLine> income = ReadTables.line(table, 0, n -> GRAND.matcher(n).matches());
            Optional<TableLine> spending = ReadTables.line(table, 1, n -> GRAND.matcher(n).matches());
            side(input, table, 0, INCOME_YEAR, income, "收入", issues);
            side(input, table, 1, EXPENDITURE_YEAR, spending, "支出", issues);
            if (income.isPresent() && spending.isPresent()) {
                balance(disclosure, HeaderPaths.of(input), table, income.get(), spending.get()).ifPresent(issues::add);
            }
        }
        return issues;
    }

    private static void side(CheckInput input, Table table, int panel, Pattern yearName, Optional<TableLine> grand,
                             String side, List<Issue> issues) {
        Optional<TableLine> year = ReadTables.line(table, panel, n -> yearName.matcher(n).matches());
        if (year.isEmpty()) {
            return;
        }
        int yearRow = year.get().row();
        List<TableLine> items = table.lines().stream()
                .filter(l -> l.panel() == panel && l.row() < yearRow && !detail(l)).toList();
        issues.addAll(TableSums.byHeader(input, table, year.get(), items, "各项" + side + "之和"));
        if (grand.isPresent() && grand.get().row() > yearRow) {
            List<TableLine> parts = new ArrayList<>(List.of(year.get()));
            table.lines().stream()
                    .filter(l -> l.panel() == panel && l.row() > yearRow && l.row() < grand.get().row())
                    .filter(l -> !detail(l) && !TableWords.numbered(l.name()))
                    .forEach(parts::add);
            issues.addAll(TableSums.byHeader(input, table, grand.get(), parts, "本年" + side + "合计与结转结余之和"));
        }
    }

    private static boolean detail(TableLine line) {
        return DETAIL.matcher(TableWords.fold(line.name())).find();
    }

    private static Optional<Issue> balance(Disclosure disclosure, HeaderPaths headers, Table table, TableLine income,
                                           TableLine spending) {
        Optional<CellAmount> in = ReadTables.amount(headers, table, income);
        Optional<CellAmount> out = ReadTables.amount(headers, table, spending);
        if (in.isEmpty() || out.isEmpty() || !in.get().isNumber() || !out.get().isNumber()) {
            return Optional.empty();
        }
        int decimals = out.get().value().decimals();
        return TableIssues.grade(out.get().number(), decimals, in.get().number(), in.get().range()).map(severity -> {
            String expected = TableIssues.expected(in.get().number(), decimals);
            Severity graded = severity;
            return TableIssues.at(disclosure, out.get(), graded, out.get().tableName() + "支出总计" + out.get().printed()
                    + "与收入总计" + in.get().printed() + "不等" + TableIssues.note(graded), expected, in.get().range(),
                    List.of(in.get().ref()));
        });
    }
}
