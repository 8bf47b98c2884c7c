package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.extract.statements.Sentence;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Figure;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.ValueRange;

/**
 * 项目说明与表格不符: the 项 explanations of 一般公共预算财政拨款支出 (行政运行（项）：年初预算为X万元，支出决算为
 * Y万元…) give the 项's final figure, which is its 合计 in the 一般公共预算财政拨款支出决算表. The 项 is the
 * table line whose name the sentence prints with （项） — narrowed by its 款 when two 项 share a name.
 * A budget's item explanations (31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于…。
 * 2023年当年预算执行数为348.52万元，2024年预算安排352.67万元…) give the 项's budget twice, after its quoted
 * name and as the budget year's 预算安排 in the same paragraph: both are its 合计 in the 一般公共预算支出功能分类预算表.
 */
public final class ItemTextRule implements Rule {
    private static final int ITEM = 7;
    private static final String A = String.valueOf(MaskedSentence.AMOUNT);
    /** A budget item's quoted name and its amount: …住房公积金（项）”350.35万元. */
    private static final Pattern ITEM_AMOUNT = Pattern.compile("\\(项\\)[”\"]\\s*(?<amount>" + A + ")");
    /** The budget year's plan in an item's paragraph: 2024年预算安排352.67万元. */
    private static final Pattern PLANNED = Pattern.compile("(?<year>" + MaskedSentence.YEAR + ")预算安排为?\\s*(?<amount>" + A + ")");
    private static final int SUBCLASS = 5;

    @Override
    public String id() {
        return "item-text-table";
    }

    @Override
    public String chineseName() {
        return "项目说明与表格不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Optional<Table> table = new ReadTables(input).single(TableKind.GENERAL_BUDGET_EXPENDITURE);
        if (table.isEmpty() || TableUnits.toTenThousands(table.get().unit()).isEmpty()) {
            return issues;
        }
        if (input.disclosure().document().kind() == DocumentKind.BUDGET) {
            budgetItems(input, table.get(), issues);
            return issues;
        }
        for (CompletionClaim claim : input.claims().completions()) {
            if (claim.actual() == null || input.inAttachment(claim.sentence().sectionId())) {
                continue;
            }
            line(table.get(), TableWords.fold(claim.sentence().text()))
                    .flatMap(line -> ReadTables.under(HeaderPaths.of(input), table.get(), line, h -> h.endsWith("合计") && !h.contains("预算")))
                    .flatMap(cell -> compare(claim.actual(), claim.sentence(), cell, "支出决算")).ifPresent(issues::add);
        }
        return issues;
    }

    /** Each budget item's quoted amount, and the budget year's 预算安排 of its paragraph, against the item's 合计. */
    private static void budgetItems(CheckInput input, Table table, List<Issue> issues) {
        Integer year = input.disclosure().document().fiscalYear();
        TableLine item = null;
        Figure quoted = null;
        int paragraph = -1;
        for (MaskedSentence sentence : input.claims().sentences()) {
            if (input.inAttachment(sentence.sentence().sectionId())) {
                continue;
            }
            if (sentence.sentence().blockIndex() != paragraph) {
                item = null;
                quoted = null;
                paragraph = sentence.sentence().blockIndex();
            }
            Matcher heading = ITEM_AMOUNT.matcher(sentence.text());
            if (heading.find()) {
                item = line(table, TableWords.fold(sentence.sentence().text())).orElse(null);
                quoted = sentence.figureAt(heading.start("amount"));
                check(input, table, item, quoted, sentence, "预算", issues);
            }
            Matcher planned = PLANNED.matcher(sentence.text());
            while (item != null && year != null && planned.find()) {
                Figure plan = sentence.figureAt(planned.start("amount"));
                boolean sameAsQuoted = quoted != null && plan.value().compareTo(quoted.value()) == 0 && plan.unit().equals(quoted.unit());
                if (sentence.figureAt(planned.start("year")).value().intValue() == year && !sameAsQuoted) {
                    check(input, table, item, plan, sentence, "预算安排", issues); // the quoted amount again is judged once
                }
            }
        }
    }

    private static void check(CheckInput input, Table table, TableLine item, Figure stated, MaskedSentence sentence, String what,
                              List<Issue> issues) {
        if (item == null) {
            return;
        }
        ReadTables.under(HeaderPaths.of(input), table, item, h -> h.endsWith("合计"))
                .flatMap(cell -> compare(stated, sentence.sentence(), cell, what)).ifPresent(issues::add);
    }

    private static Optional<TableLine> line(Table table, String sentence) {
        List<TableLine> named = table.lines().stream()
                .filter(l -> l.code().length() == ITEM && sentence.contains(TableWords.bareName(l.name()) + "(项)")).toList();
        if (named.size() > 1) {
            named = named.stream().filter(l -> table.lines().stream().anyMatch(p -> p.code().length() == SUBCLASS
                    && l.code().startsWith(p.code()) && sentence.contains(TableWords.bareName(p.name()) + "(款)"))).toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Optional<Issue> compare(Figure stated, Sentence sentence, CellAmount cell, String what) {
        Optional<BigDecimal> textUnit = TableUnits.toTenThousands(stated.unit());
        if (textUnit.isEmpty() || !cell.isNumber()) {
            return Optional.empty();
        }
        BigDecimal factor = TableUnits.toTenThousands(cell.table().unit()).orElseThrow().divide(textUnit.get());
        ValueRange expected = Ranges.times(cell.range(), factor);
        BigDecimal point = cell.number().multiply(factor);
        return TableIssues.grade(stated.value(), stated.decimals(), point, expected).map(severity -> {
            String shown = point.setScale(stated.decimals(), java.math.RoundingMode.HALF_UP).toPlainString() + stated.unit();
            return new Issue(severity, "正文“" + TableWords.bareName(cell.line().name()) + "（项）”" + what + stated.raw().strip()
                    + "，而" + cell.tableName() + "“" + cell.lineName() + "”合计为" + cell.printed() + TableWords.fold(cell.table().unit())
                    + (factor.compareTo(BigDecimal.ONE) == 0 ? "" : "（折合" + shown + "）") + TableIssues.note(severity),
                    stated.raw().strip(), shown, expected, sentence.start(), sentence.end(), List.of(stated), List.of(cell.ref()));
        });
    }
}
