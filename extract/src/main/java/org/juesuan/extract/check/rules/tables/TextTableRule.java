package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Figure;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;
import org.juesuan.model.ValueRange;

/**
 * 正文数字与表格不符: an amount the narrative states for a table line (收入总计, 本年收入合计, 财政拨款收入,
 * 一般公共预算财政拨款支出, 基本支出, 人员经费, the 三公 items…) equals its cell, the table's unit turned
 * into the text's (元 → 万元) and both read as intervals. 基本支出 / 项目支出 and 人员经费 / 公用经费 are
 * bound to a table only inside the section that fixes their scope; an amount of the year before is
 * never compared.
 */
public final class TextTableRule implements Rule {
    /** How a metric's cell is found, and in which sections the metric means that cell (none: anywhere). */
    private record Target(Function<ReadTables, Optional<CellAmount>> cell, List<SectionKind> scope) {
    }

    /** Words that put an amount in another year: 上年 · 上一年度 · 去年 · 同期. */
    private static final Pattern EARLIER = Pattern.compile("上年|上一年|去年|同期|以前年度");
    private static final Predicate<String> TOTAL_LINE = n -> n.equals("合计") || n.equals("总计");
    private static final Predicate<String> GRAND = n -> n.matches("(?:收入|支出)?总计");
    private static final List<SectionKind> GENERAL = List.of(SectionKind.GENERAL_BUDGET_EXPENDITURE,
            SectionKind.GENERAL_BUDGET_TOTAL, SectionKind.GENERAL_BUDGET_STRUCTURE, SectionKind.GENERAL_BUDGET_DETAIL);
    private static final Map<String, List<Target>> TARGETS = targets();

    private static Map<String, List<Target>> targets() {
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        target(targets, "收、支总计", side(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, GRAND));
        target(targets, "收入总计", side(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, GRAND));
        target(targets, "支出总计", side(TableKind.INCOME_EXPENDITURE_SUMMARY, 1, GRAND));
        target(targets, "本年收入合计", side(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, n -> n.startsWith("本年收入")));
        target(targets, "本年支出合计", side(TableKind.INCOME_EXPENDITURE_SUMMARY, 1, n -> n.startsWith("本年支出")));
        target(targets, "财政拨款收、支总计", side(TableKind.FISCAL_SUMMARY, 0, GRAND));
        target(targets, "财政拨款收入总计", side(TableKind.FISCAL_SUMMARY, 0, GRAND));
        target(targets, "财政拨款支出总计", side(TableKind.FISCAL_SUMMARY, 1, GRAND));
        target(targets, "一般公共预算财政拨款支出", column(TableKind.GENERAL_BUDGET_EXPENDITURE, h -> h.endsWith("合计")));
        target(targets, "一般公共预算财政拨款基本支出", column(TableKind.GENERAL_BUDGET_EXPENDITURE, h -> h.endsWith("基本支出")));
        target(targets, "一般公共预算财政拨款项目支出", column(TableKind.GENERAL_BUDGET_EXPENDITURE, h -> h.endsWith("项目支出")));
        target(targets, "基本支出", column(TableKind.EXPENDITURE, h -> h.endsWith("基本支出")), SectionKind.EXPENDITURE);
        target(targets, "项目支出", column(TableKind.EXPENDITURE, h -> h.endsWith("项目支出")), SectionKind.EXPENDITURE);
        target(targets, "基本支出", column(TableKind.GENERAL_BUDGET_EXPENDITURE, h -> h.endsWith("基本支出")),
                GENERAL.toArray(SectionKind[]::new));
        target(targets, "项目支出", column(TableKind.GENERAL_BUDGET_EXPENDITURE, h -> h.endsWith("项目支出")),
                GENERAL.toArray(SectionKind[]::new));
        target(targets, "基本支出", basicLine("(?:基本支出)?(?:合计|总计)"), SectionKind.BASIC_EXPENDITURE);
        target(targets, "人员经费", basicLine("人员经费(?:合计)?"), SectionKind.BASIC_EXPENDITURE);
        target(targets, "公用经费", basicLine("(?:日常)?公用经费(?:合计)?"), SectionKind.BASIC_EXPENDITURE);
        threePublic(targets, "三公经费", ThreePublicTableRule.Item.TOTAL);
        threePublic(targets, "因公出国（境）费", ThreePublicTableRule.Item.ABROAD);
        threePublic(targets, "公务用车购置及运行维护费", ThreePublicTableRule.Item.VEHICLES);
        threePublic(targets, "公务用车购置费", ThreePublicTableRule.Item.PURCHASE);
        threePublic(targets, "公务用车运行维护费", ThreePublicTableRule.Item.RUNNING);
        threePublic(targets, "公务接待费", ThreePublicTableRule.Item.RECEPTION);
        target(targets, "机关运行经费", TextTableRule::operatingCosts);
        targets.replaceAll((metric, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(targets);
    }

    @Override
    public String id() {
        return "text-table";
    }

    @Override
    public String chineseName() {
        return "正文数字与表格不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        ReadTables tables = new ReadTables(input);
        List<Issue> issues = new ArrayList<>();
        for (ValueClaim claim : input.claims().values()) {
            if (input.inAttachment(claim.sentence().sectionId()) || earlier(input, claim)) {
                continue;
            }
            for (Target target : TARGETS.getOrDefault(claim.metric(), List.of())) {
                boolean inScope = target.scope().isEmpty()
                        || target.scope().stream().anyMatch(k -> input.within(claim.sentence().sectionId(), k));
                if (inScope) {
                    target.cell().apply(tables).flatMap(cell -> compare(claim, cell)).ifPresent(issues::add);
                }
            }
        }
        return issues;
    }

    private static Optional<Issue> compare(ValueClaim claim, CellAmount cell) {
        Figure stated = claim.value();
        Optional<BigDecimal> textUnit = TableUnits.toTenThousands(stated.unit());
        Optional<BigDecimal> tableUnit = TableUnits.toTenThousands(cell.table().unit());
        if (textUnit.isEmpty() || tableUnit.isEmpty()) {
            return Optional.empty();
        }
        if (!cell.isNumber()) {
            return stated.value().signum() == 0 ? Optional.empty() : Optional.of(unfilled(claim, cell));
        }
        ValueRange expected = Ranges.times(cell.range(), tableUnit.get().divide(textUnit.get()));
        BigDecimal point = cell.number().multiply(tableUnit.get().divide(textUnit.get()));
        return TableIssues.grade(stated.value(), stated.decimals(), point, expected).map(severity -> {
            String shown = point.setScale(stated.decimals(), java.math.RoundingMode.HALF_UP).toPlainString() + stated.unit();
            String message = "正文“" + claim.subject() + "”" + stated.raw().strip() + "，而" + cell.tableName() + "“"
                    + TableWords.bareName(cell.line().name()) + "”" + headerOf(cell) + "为" + cell.printed()
                    + (TableWords.fold(cell.table().unit()).isEmpty() ? "" : TableWords.fold(cell.table().unit()))
                    + "（折合" + shown + "）" + TableIssues.note(severity);
            return new Issue(severity, message, stated.raw().strip(), shown, expected, claim.sentence().start(),
                    claim.sentence().end(), List.of(stated), List.of(cell.ref()));
        });
    }

    /** The text states an amount the table leaves blank (or prints as -, /): the table omits it (a warning). */
    private static Issue unfilled(ValueClaim claim, CellAmount cell) {
        Figure stated = claim.value();
        String message = "正文“" + claim.subject() + "”" + stated.raw().strip() + "，而" + cell.tableName() + "“"
                + TableWords.bareName(cell.line().name()) + "”" + headerOf(cell) + "未填列数字（" + cell.printed() + "）";
        return new Issue(Severity.WARNING, message, stated.raw().strip(), null, null, claim.sentence().start(),
                claim.sentence().end(), List.of(stated), List.of(cell.ref()));
    }

    private static String headerOf(CellAmount cell) {
        String header = TableWords.header(cell.value());
        return header.isEmpty() ? "" : "（" + header + "）";
    }

    /** Whether the claim's subject places its amount in an earlier year (上年, the year before). */
    private static boolean earlier(CheckInput input, ValueClaim claim) {
        String subject = TableWords.fold(claim.subject());
        Integer year = input.disclosure().document().fiscalYear();
        return EARLIER.matcher(subject).find() || (year != null && subject.contains((year - 1) + "年"));
    }

    private static void target(Map<String, List<Target>> targets, String metric,
                               Function<ReadTables, Optional<CellAmount>> cell, SectionKind... scope) {
        targets.computeIfAbsent(metric, m -> new ArrayList<>()).add(new Target(cell, List.of(scope)));
    }

    private static void threePublic(Map<String, List<Target>> targets, String metric, ThreePublicTableRule.Item item) {
        target(targets, metric, tables -> tables.single(TableKind.THREE_PUBLIC).flatMap(t -> {
            Map<String, Map<ThreePublicTableRule.Item, CellAmount>> stages = ThreePublicTableRule.stages(tables.headers(), t);
            Map<ThreePublicTableRule.Item, CellAmount> finals = stages.containsKey("决算") ? stages.get("决算")
                    : stages.size() == 1 ? stages.values().iterator().next() : Map.of();
            return Optional.ofNullable(finals.get(item));
        }));
    }

    /** The 机关运行经费 column a budget's 三公 table carries (“三公”经费和机关运行经费预算表), when it has exactly one. */
    private static Optional<CellAmount> operatingCosts(ReadTables tables) {
        return tables.single(TableKind.THREE_PUBLIC).flatMap(t -> {
            List<CellAmount> found = new ArrayList<>();
            for (org.juesuan.model.TableLine line : t.lines()) {
                ReadTables.money(tables.headers(), line).stream().filter(v -> tables.headers().header(v).contains("机关运行经费"))
                        .forEach(v -> found.add(new CellAmount(t, line, v)));
            }
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        });
    }

    private static Function<ReadTables, Optional<CellAmount>> side(TableKind kind, int panel, Predicate<String> name) {
        return tables -> tables.single(kind).flatMap(t -> ReadTables.line(t, panel, name).flatMap(l -> ReadTables.amount(tables.headers(), t, l)));
    }

    private static Function<ReadTables, Optional<CellAmount>> column(TableKind kind, Predicate<String> header) {
        return tables -> tables.single(kind)
                .flatMap(t -> ReadTables.line(t, 0, TOTAL_LINE).flatMap(l -> ReadTables.under(tables.headers(), t, l, header)));
    }

    private static Function<ReadTables, Optional<CellAmount>> basicLine(String name) {
        return tables -> tables.single(TableKind.GENERAL_BUDGET_BASIC).flatMap(t -> {
            List<org.juesuan.model.TableLine> found = t.lines().stream()
                    .filter(l -> l.code().isEmpty() && TableWords.bareName(l.name()).matches(name)).toList();
            return found.size() == 1 ? ReadTables.amount(tables.headers(), t, found.get(0)) : Optional.empty();
        });
    }
}
