package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.model.Figure;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.ValueRange;

/**
 * 项目说明与表格不符: the 项 explanations of 一般公共预算财政拨款支出 (行政运行（项）：年初预算为X万元，支出决算为
 * Y万元…) give the 项's final figure, which is its 合计 in the 一般公共预算财政拨款支出决算表. The 项 is the
 * table line whose name the sentence prints with （项） — narrowed by its 款 when two 项 share a name.
 */
public final class ItemTextRule implements Rule {
    private static final int ITEM = 7;
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
        for (CompletionClaim claim : input.claims().completions()) {
            if (claim.actual() == null || input.inAttachment(claim.sentence().sectionId())) {
                continue;
            }
            line(table.get(), TableWords.fold(claim.sentence().text()))
                    .flatMap(line -> ReadTables.under(HeaderPaths.of(input), table.get(), line, h -> h.endsWith("合计") && !h.contains("预算")))
                    .flatMap(cell -> compare(claim, cell)).ifPresent(issues::add);
        }
        return issues;
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

    private static Optional<Issue> compare(CompletionClaim claim, CellAmount cell) {
        Figure stated = claim.actual();
        Optional<BigDecimal> textUnit = TableUnits.toTenThousands(stated.unit());
        if (textUnit.isEmpty() || !cell.isNumber()) {
            return Optional.empty();
        }
        BigDecimal factor = TableUnits.toTenThousands(cell.table().unit()).orElseThrow().divide(textUnit.get());
        ValueRange expected = Ranges.times(cell.range(), factor);
        BigDecimal point = cell.number().multiply(factor);
        return TableIssues.grade(stated.value(), stated.decimals(), point, expected).map(severity -> {
            String shown = point.setScale(stated.decimals(), java.math.RoundingMode.HALF_UP).toPlainString() + stated.unit();
            return new Issue(severity, "正文“" + TableWords.bareName(cell.line().name()) + "（项）”支出决算" + stated.raw().strip()
                    + "，而" + cell.tableName() + "“" + cell.lineName() + "”合计为" + cell.printed() + TableWords.fold(cell.table().unit())
                    + TableIssues.note(severity), stated.raw().strip(), shown, expected, claim.sentence().start(),
                    claim.sentence().end(), List.of(stated), List.of(cell.ref()));
        });
    }
}
