package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;

/**
 * 表间数据不一致: the identities between the nine tables — 总表 本年收入合计 = 收入决算表 合计; 总表
 * 本年支出合计 = 支出决算表 合计; 财政拨款总表 一般公共预算 本年支出 = 一般公共预算支出表 合计; 一般公共预算支出表
 * 基本支出 = 基本支出表 合计; 财政拨款总表 政府性基金 / 国有资本经营 本年支出 = their tables' 合计; 收入决算表
 * 财政拨款收入 = 财政拨款总表 本年收入合计; 总表's income from each fund (一般公共预算财政拨款收入, 政府性基金…,
 * 国有资本经营…; a budget's 1、一般公共预算资金) = 财政拨款总表's 本年收入 line of that fund. Compared in 万元
 * when the units differ; a 0.01 difference is a rounding tail (INFO), never an error.
 */
public final class CrossTableRule implements org.juesuan.extract.check.Rule {
    /** Where a figure of one table stands: its kind and how to find the cell in it. */
    private record End(TableKind kind, String name, BiFunction<HeaderPaths, Table, Optional<CellAmount>> cell) {
        Optional<CellAmount> in(HeaderPaths headers, Table table) {
            return cell.apply(headers, table);
        }
    }

    private record Link(End first, End second) {
    }

    private static final Predicate<String> TOTAL_LINE = n -> n.equals("合计") || n.equals("总计");

    private static final List<Link> LINKS = List.of(
            new Link(side(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, "本年收入合计", n -> n.startsWith("本年收入")),
                    column(TableKind.INCOME, "合计", h -> h.endsWith("合计") && !h.contains("财政拨款"))),
            new Link(side(TableKind.INCOME_EXPENDITURE_SUMMARY, 1, "本年支出合计", n -> n.startsWith("本年支出")),
                    column(TableKind.EXPENDITURE, "合计", h -> h.endsWith("合计"))),
            new Link(column(TableKind.INCOME, "财政拨款收入", h -> h.contains("财政拨款")),
                    side(TableKind.FISCAL_SUMMARY, 0, "本年收入合计", n -> n.startsWith("本年收入"))),
            new Link(fund(TableKind.FISCAL_SUMMARY, "一般公共预算"),
                    column(TableKind.GENERAL_BUDGET_EXPENDITURE, "合计", h -> h.endsWith("合计"))),
            new Link(column(TableKind.GENERAL_BUDGET_EXPENDITURE, "基本支出", h -> h.endsWith("基本支出")),
                    new End(TableKind.GENERAL_BUDGET_BASIC, "合计", CrossTableRule::basicTotal)),
            new Link(fund(TableKind.FISCAL_SUMMARY, "政府性基金"),
                    column(TableKind.GOVERNMENT_FUND, "本年支出", h -> h.startsWith("本年支出") && !h.contains("基本") && !h.contains("项目"))),
            new Link(fund(TableKind.FISCAL_SUMMARY, "国有资本经营"),
                    column(TableKind.STATE_CAPITAL, "本年支出", h -> (h.startsWith("本年支出") || h.endsWith("合计") || h.endsWith("小计"))
                            && !h.contains("基本") && !h.contains("项目"))),
            new Link(income(TableKind.INCOME_EXPENDITURE_SUMMARY, "一般公共预算"), income(TableKind.FISCAL_SUMMARY, "一般公共预算")),
            new Link(income(TableKind.INCOME_EXPENDITURE_SUMMARY, "政府性基金"), income(TableKind.FISCAL_SUMMARY, "政府性基金")),
            new Link(income(TableKind.INCOME_EXPENDITURE_SUMMARY, "国有资本经营"), income(TableKind.FISCAL_SUMMARY, "国有资本经营")));

    @Override
    public String id() {
        return "table-cross";
    }

    @Override
    public String chineseName() {
        return "表间数据不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        ReadTables tables = new ReadTables(input);
        HeaderPaths headers = HeaderPaths.of(input);
        List<Issue> issues = new ArrayList<>();
        for (Link link : LINKS) {
            Optional<CellAmount> first = tables.single(link.first().kind()).flatMap(t -> link.first().in(headers, t));
            Optional<CellAmount> second = tables.single(link.second().kind()).flatMap(t -> link.second().in(headers, t));
            if (first.isPresent() && second.isPresent()) {
                CellEquality.compare(input, first.get(), second.get()).ifPresent(issues::add);
            }
        }
        basicBySum(input, tables).ifPresent(issues::add);
        issues.addAll(allFromGeneralBudget(input, tables));
        return issues;
    }

    /**
     * When the 支出决算表's 合计 equals the 一般公共预算财政拨款支出决算表's (the unit spends general-budget
     * money only), their 基本支出 and 项目支出 totals are the same figures too.
     */
    private static List<Issue> allFromGeneralBudget(CheckInput input, ReadTables tables) {
        List<Issue> issues = new ArrayList<>();
        HeaderPaths headers = HeaderPaths.of(input);
        Optional<Table> all = tables.single(TableKind.EXPENDITURE);
        Optional<Table> general = tables.single(TableKind.GENERAL_BUDGET_EXPENDITURE);
        if (all.isEmpty() || general.isEmpty() || !TableWords.fold(all.get().unit()).equals(TableWords.fold(general.get().unit()))) {
            return issues;
        }
        Optional<CellAmount> allTotal = column(TableKind.EXPENDITURE, "合计", h -> h.endsWith("合计")).in(headers, all.get());
        Optional<CellAmount> generalTotal = column(TableKind.GENERAL_BUDGET_EXPENDITURE, "合计", h -> h.endsWith("合计"))
                .in(headers, general.get());
        if (allTotal.isEmpty() || generalTotal.isEmpty() || !allTotal.get().isNumber() || !generalTotal.get().isNumber()
                || allTotal.get().number().compareTo(generalTotal.get().number()) != 0) {
            return issues;
        }
        for (String word : List.of("基本支出", "项目支出")) {
            Optional<CellAmount> a = column(TableKind.EXPENDITURE, word, h -> h.endsWith(word)).in(headers, all.get());
            Optional<CellAmount> g = column(TableKind.GENERAL_BUDGET_EXPENDITURE, word, h -> h.endsWith(word)).in(headers, general.get());
            if (a.isPresent() && g.isPresent()) {
                CellEquality.compare(input, a.get(), g.get()).ifPresent(issues::add);
            }
        }
        return issues;
    }

    private static End side(TableKind kind, int panel, String name, Predicate<String> line) {
        return new End(kind, name, (headers, t) -> ReadTables.line(t, panel, line).flatMap(l -> ReadTables.amount(headers, t, l)));
    }

    private static End column(TableKind kind, String name, Predicate<String> header) {
        return new End(kind, name, (headers, t) -> ReadTables.line(t, 0, TOTAL_LINE)
                .flatMap(l -> ReadTables.under(headers, t, l, header)));
    }

    /**
     * One fund's income on a summary table's income side (一、一般公共预算财政拨款收入; a budget's 1、一般公共预算资金
     * under 一、财政拨款收入): the first line of the side named for the fund — the fiscal summary names the
     * funds again below, under 年初财政拨款结转和结余.
     */
    private static End income(TableKind kind, String fund) {
        Predicate<String> named = n -> n.startsWith(fund) && !n.contains("支出") && !n.contains("结转") && !n.contains("结余");
        return new End(kind, fund + "收入", (headers, t) -> ReadTables.lines(t, 0, named).stream().findFirst()
                .flatMap(l -> ReadTables.amount(headers, t, l)));
    }

    /** The fiscal summary's 本年支出合计 under one fund's column. */
    private static End fund(TableKind kind, String word) {
        return new End(kind, word, (headers, t) -> ReadTables.line(t, 1, n -> n.startsWith("本年支出"))
                .flatMap(l -> ReadTables.under(headers, t, l, h -> h.contains(word))));
    }

    /**
     * When the basic-expenditure table prints no grand total, the general-budget table's 基本支出 must
     * equal its 人员经费合计 + 公用经费合计 (same unit only).
     */
    private static Optional<Issue> basicBySum(CheckInput input, ReadTables tables) {
        HeaderPaths headers = HeaderPaths.of(input);
        Optional<Table> basic = tables.single(TableKind.GENERAL_BUDGET_BASIC);
        Optional<CellAmount> stated = tables.single(TableKind.GENERAL_BUDGET_EXPENDITURE)
                .flatMap(t -> column(TableKind.GENERAL_BUDGET_EXPENDITURE, "基本支出", h -> h.endsWith("基本支出")).in(headers, t));
        if (basic.isEmpty() || stated.isEmpty() || basicTotal(headers, basic.get()).isPresent()
                || !TableWords.fold(basic.get().unit()).equals(TableWords.fold(stated.get().table().unit()))) {
            return Optional.empty();
        }
        Optional<CellAmount> staff = subtotal(headers, basic.get(), "(?:人员经费)(?:合计)?");
        Optional<CellAmount> running = subtotal(headers, basic.get(), "(?:日常)?公用经费(?:合计)?");
        if (staff.isEmpty() || running.isEmpty()) {
            return Optional.empty();
        }
        return TableSums.check(input.disclosure(), stated.get(), List.of(staff.get(), running.get()),
                TableUnits.name(basic.get()) + "人员经费合计与公用经费合计之和");
    }

    private static Optional<CellAmount> subtotal(HeaderPaths headers, Table table, String name) {
        List<org.juesuan.model.TableLine> found = table.lines().stream()
                .filter(l -> l.code().isEmpty() && TableWords.bareName(l.name()).matches(name)).toList();
        return found.size() == 1 ? ReadTables.amount(headers, table, found.get(0)) : Optional.empty();
    }

    /** The basic-expenditure table's grand total: its 合计 line, else 人员经费合计 + 公用经费合计 when both are printed. */
    private static Optional<CellAmount> basicTotal(HeaderPaths headers, Table table) {
        List<org.juesuan.model.TableLine> grand = table.lines().stream()
                .filter(l -> l.code().isEmpty() && TableWords.bareName(l.name()).matches("(?:基本支出)?(?:合计|总计)")).toList();
        return grand.size() == 1 ? ReadTables.amount(headers, table, grand.get(0)) : Optional.empty();
    }
}
