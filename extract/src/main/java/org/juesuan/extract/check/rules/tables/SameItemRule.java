package org.juesuan.extract.check.rules.tables;

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
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 同一科目表间不一致: a function code carries one name in every table (收入、支出、一般公共预算、政府性基金、
 * 国有资本经营 tables), and what the 一般公共预算财政拨款支出决算表 spends on an item cannot exceed what the
 * 支出决算表 spends on it from all funds.
 */
public final class SameItemRule implements Rule {
    private static final Set<TableKind> FUNCTION = EnumSet.of(TableKind.INCOME, TableKind.EXPENDITURE,
            TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");

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
                if (first != null && !TableWords.bareName(first.name()).equals(TableWords.bareName(line.name()))
                        && !TableWords.bareName(line.name()).isEmpty() && !TableWords.bareName(first.name()).isEmpty()) {
                    Table other = tableOf.get(line.code());
                    issues.add(TableIssues.atLine(input.disclosure(), table, line, Severity.WARNING, TableUnits.name(table) + "科目"
                            + line.code() + "名为“" + TableWords.bareName(line.name()) + "”，而" + TableUnits.name(other) + "同一编码名为“"
                            + TableWords.bareName(first.name()) + "”", TableWords.bareName(line.name()), TableWords.bareName(first.name()),
                            List.of(new CellRef(other.id(), first.row(), 0))));
                }
            }
        }
        fiscalWithinAll(input, tables, issues);
        return issues;
    }

    /** Each code's 一般公共预算 spending (合计) cannot exceed its spending from all funds (支出决算表 合计). */
    private static void fiscalWithinAll(CheckInput input, ReadTables tables, List<Issue> issues) {
        Optional<Table> general = tables.single(TableKind.GENERAL_BUDGET_EXPENDITURE);
        Optional<Table> all = tables.single(TableKind.EXPENDITURE);
        if (general.isEmpty() || all.isEmpty()
                || !TableWords.fold(general.get().unit()).equals(TableWords.fold(all.get().unit()))) {
            return;
        }
        Map<String, TableLine> allByCode = new LinkedHashMap<>();
        all.get().lines().stream().filter(l -> CODE.matcher(l.code()).matches()).forEach(l -> allByCode.putIfAbsent(l.code(), l));
        for (TableLine line : general.get().lines()) {
            TableLine whole = allByCode.get(line.code());
            if (whole == null) {
                continue;
            }
            Optional<CellAmount> part = ReadTables.under(general.get(), line, h -> h.endsWith("合计"));
            Optional<CellAmount> total = ReadTables.under(all.get(), whole, h -> h.endsWith("合计"));
            if (part.isPresent() && total.isPresent() && part.get().isNumber() && total.get().isNumber()
                    && part.get().range().low().compareTo(total.get().range().high()) > 0) {
                issues.add(TableIssues.at(input.disclosure(), part.get(), Severity.ERROR, TableSums.where(part.get())
                        + part.get().printed() + "，大于" + TableUnits.name(all.get()) + "同一科目的支出合计" + total.get().printed()
                        + "（一般公共预算财政拨款支出是其中一部分）", null, total.get().range(), List.of(total.get().ref())));
            }
        }
    }
}
