package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.CellRef;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 同一科目表间不一致: a function code carries one name in every table (收入、支出、一般公共预算、政府性基金、
 * 国有资本经营 tables), and what the 一般公共预算财政拨款支出决算表 spends on an item cannot exceed what the
 * 支出决算表 spends on it from all funds; a 类 on the expenditure side of a summary table carries the
 * amount of its line in the detailed table (收入支出决算总表 against 支出决算表, 财政拨款收入支出决算总表's
 * 一般公共预算 column against the 一般公共预算财政拨款支出决算表). In a budget whose 收入预算总表 is laid out
 * by function code, as the 支出预算总表 is, each code's 合计 is the same figure in both: a budget
 * assigns its income to the items it is to be spent on (a final account's income and spending of an
 * item differ by what is carried over, so there it is not compared).
 */
public final class SameItemRule implements Rule {
    private static final Set<TableKind> FUNCTION = EnumSet.of(TableKind.INCOME, TableKind.EXPENDITURE,
            TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    /** The columns a 一般公共预算 line and its all-funds line share. */
    private static final List<String> COLUMNS = List.of("合计", "基本支出", "项目支出");

    @Override
    public String id() {
        return "table-same-item";
    }

    @Override
    public String chineseName() {
        return "同一科目表间不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        ReadTables tables = new ReadTables(input);
        List<Issue> issues = new ArrayList<>();
        Map<String, TableLine> firstByCode = new LinkedHashMap<>();
        Map<String, Table> tableOf = new LinkedHashMap<>();
        for (Table table : tables.trusted(FUNCTION)) {
            for (TableLine line : table.lines()) {
                if (!CODE.matcher(line.code()).matches()) {
                    continue;
                }
                TableLine first = firstByCode.putIfAbsent(line.code(), line);
                tableOf.putIfAbsent(line.code(), table);
                if (first != null && clearlyDifferent(TableWords.bareName(first.name()), TableWords.bareName(line.name()))) {
                    Table other = tableOf.get(line.code());
                    issues.add(TableIssues.atLine(input.disclosure(), table, line, Severity.WARNING, TableUnits.name(table) + "科目"
                            + line.code() + "名为“" + TableWords.bareName(line.name()) + "”，而" + TableUnits.name(other) + "同一编码名为“"
                            + TableWords.bareName(first.name()) + "”", TableWords.bareName(line.name()), TableWords.bareName(first.name()),
                            List.of(new CellRef(other.id(), first.row(), 0))));
                }
            }
        }
        fiscalWithinAll(input, tables, issues);
        TwinLines.compare(input, tables.trusted(FUNCTION), issues);
        sameClass(input, tables, TableKind.INCOME_EXPENDITURE_SUMMARY, h -> true, TableKind.EXPENDITURE, issues);
        sameClass(input, tables, TableKind.FISCAL_SUMMARY, h -> h.contains("一般公共预算"), TableKind.GENERAL_BUDGET_EXPENDITURE, issues);
        if (input.disclosure().document().kind() == DocumentKind.BUDGET) {
            budgetIncomeAsSpent(input, tables, issues);
        }
        return issues;
    }

    /**
     * Whether two names of one code differ beyond what reading a wrapped cell does to a name (cut short,
     * a neighbour's line break mixed in, 支出 carried over): neither holds the other, and they share no
     * run of characters half as long as the shorter one. 行政运行 against 机关服务 differs; 机关事业单位
     * 基本养老保 against 机关事业单位基本养老保险缴费 does not.
     */
    static boolean clearlyDifferent(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) {
            return false;
        }
        return 2 * commonRun(a, b) < Math.min(a.length(), b.length());
    }

    private static int commonRun(String a, String b) {
        int best = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < b.length(); j++) {
                int n = 0;
                while (i + n < a.length() && j + n < b.length() && a.charAt(i + n) == b.charAt(j + n)) {
                    n++;
                }
                best = Math.max(best, n);
            }
        }
        return best;
    }

    /**
     * A 类 printed on the expenditure side of a summary table (八、社会保障和就业支出 326.71) carries the
     * amount its 3-digit line carries in the detailed table (208 社会保障和就业支出 合计 326.72).
     */
    private static void sameClass(CheckInput input, ReadTables tables, TableKind summaryKind,
                                  java.util.function.Predicate<String> summaryColumn, TableKind detailKind, List<Issue> issues) {
        HeaderPaths headers = HeaderPaths.of(input);
        Optional<Table> summary = tables.single(summaryKind);
        Optional<Table> detail = tables.single(detailKind);
        if (summary.isEmpty() || detail.isEmpty()) {
            return;
        }
        for (TableLine classLine : detail.get().lines()) {
            if (classLine.code().length() != 3) {
                continue;
            }
            String name = TableWords.bareName(classLine.name());
            Optional<TableLine> side = ReadTables.line(summary.get(), 1, n -> n.equals(name));
            Optional<CellAmount> stated = side.flatMap(l -> ReadTables.money(headers, l).size() == 1
                    ? ReadTables.amount(headers, summary.get(), l) : ReadTables.under(headers, summary.get(), l, summaryColumn));
            Optional<CellAmount> detailed = ReadTables.under(headers, detail.get(), classLine, h -> h.endsWith("合计"));
            if (stated.isPresent() && detailed.isPresent()) {
                CellEquality.compare(input, detailed.get(), stated.get()).ifPresent(issues::add);
            }
        }
    }

    /** A budget's 收入预算总表 by function code: each code's 合计 against its 合计 in the 支出预算总表. */
    private static void budgetIncomeAsSpent(CheckInput input, ReadTables tables, List<Issue> issues) {
        HeaderPaths headers = HeaderPaths.of(input);
        Optional<Table> income = tables.single(TableKind.INCOME);
        Optional<Table> spending = tables.single(TableKind.EXPENDITURE);
        if (income.isEmpty() || spending.isEmpty()) {
            return;
        }
        Map<String, TableLine> spentByCode = firstLineOfEachCode(spending.get());
        Set<String> seen = new java.util.HashSet<>();
        for (TableLine line : income.get().lines()) {
            TableLine spent = spentByCode.get(line.code());
            if (spent == null || !seen.add(line.code())) {
                continue;
            }
            Optional<CellAmount> received = ReadTables.under(headers, income.get(), line, h -> h.endsWith("合计"));
            Optional<CellAmount> planned = ReadTables.under(headers, spending.get(), spent, h -> h.endsWith("合计"));
            if (received.isPresent() && planned.isPresent()) {
                CellEquality.compare(input, planned.get(), received.get()).ifPresent(issues::add);
            }
        }
    }

    /**
     * Each code's 一般公共预算 spending cannot exceed its spending from all funds (支出决算表), column by
     * column (合计, 基本支出, 项目支出). Rounding keeps order, so in one unit at one precision a 项's
     * 基本支出 or 项目支出 printed above the whole is wrong even by one unit of the last digit (a
     * warning); a 类, a 款 or a 合计 may be its rounded parts added in one table and rounded whole in
     * the other, so one unit there is a tail (INFO); beyond every rounding, an error.
     */
    private static void fiscalWithinAll(CheckInput input, ReadTables tables, List<Issue> issues) {
        HeaderPaths headers = HeaderPaths.of(input);
        Optional<Table> general = tables.single(TableKind.GENERAL_BUDGET_EXPENDITURE);
        Optional<Table> all = tables.single(TableKind.EXPENDITURE);
        if (general.isEmpty() || all.isEmpty()
                || !TableWords.fold(general.get().unit()).equals(TableWords.fold(all.get().unit()))) {
            return;
        }
        Map<String, TableLine> allByCode = firstLineOfEachCode(all.get());
        for (TableLine line : general.get().lines()) {
            TableLine whole = allByCode.get(line.code());
            if (whole == null) {
                continue;
            }
            for (String column : COLUMNS) {
                Optional<CellAmount> part = ReadTables.under(headers, general.get(), line, h -> h.endsWith(column));
                Optional<CellAmount> total = ReadTables.under(headers, all.get(), whole, h -> h.endsWith(column));
                if (part.isPresent() && total.isPresent() && part.get().isNumber() && total.get().isNumber()) {
                    boolean fromParts = line.code().length() < 7 || "合计".equals(column);
                    exceeding(input, part.get(), total.get(), all.get(), fromParts).ifPresent(issues::add);
                }
            }
        }
    }

    /** The first line of each well-formed function code in a table, by code. */
    private static Map<String, TableLine> firstLineOfEachCode(Table table) {
        Map<String, TableLine> byCode = new LinkedHashMap<>();
        table.lines().stream().filter(l -> CODE.matcher(l.code()).matches()).forEach(l -> byCode.putIfAbsent(l.code(), l));
        return byCode;
    }

    private static Optional<Issue> exceeding(CheckInput input, CellAmount part, CellAmount total, Table all, boolean fromParts) {
        boolean beyondRounding = part.range().low().compareTo(total.range().high()) > 0;
        boolean samePrecision = part.value().decimals() == total.value().decimals();
        if (!beyondRounding && !(samePrecision && part.number().compareTo(total.number()) > 0)) {
            return Optional.empty();
        }
        BigDecimal apart = part.number().subtract(total.number()).movePointRight(part.value().decimals());
        boolean oneUnit = samePrecision && apart.compareTo(BigDecimal.ONE) <= 0;
        Severity severity = !oneUnit ? Severity.ERROR : fromParts ? Severity.INFO : Severity.WARNING;
        return Optional.of(TableIssues.at(input.disclosure(), part, severity, TableSums.where(part) + part.printed() + "，大于"
                + TableUnits.name(all) + "同一科目同一栏" + total.printed() + "（一般公共预算财政拨款支出是其中一部分）"
                + (severity == Severity.INFO ? TableIssues.note(severity) : ""),
                null, total.range(), List.of(total.ref())));
    }
}
