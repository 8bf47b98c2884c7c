package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 类款项合计与明细不符: in a table classified by code, 合计 = Σ 类, 类 = Σ 款 (its 5-digit codes),
 * 款 = Σ 项 (its 7-digit codes), column by column, matched by header (two-panel tables such as the
 * 基本支出表 compare each panel's 决算数 with its own). A code printed twice, or a line without
 * children, is not summed; nor a line with a child whose code is malformed (301 with 3012, the
 * 款 printed as 2 for 02: where it belongs is not known, and table-code-form reports it); nor, when
 * the table may run on into an unread continuation, the grand total or the branch of its last coded
 * line (their other parts may be on the next page).
 */
public final class CodeRollupRule implements Rule {
    /** Tables whose lines carry function (201…) or economic (301…) codes. */
    private static final Set<TableKind> CODED = EnumSet.of(TableKind.INCOME, TableKind.EXPENDITURE,
            TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GENERAL_BUDGET_BASIC, TableKind.GOVERNMENT_FUND,
            TableKind.STATE_CAPITAL);
    /** A classification code: 201 · 20101 · 2010101. */
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    /** The name of a table's grand total line: 合计 · 总计 · 合 计. */
    private static final Pattern GRAND_TOTAL = Pattern.compile("合计|总计");

    @Override
    public String id() {
        return "table-code-rollup";
    }

    @Override
    public String chineseName() {
        return "类款项合计与明细不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        ReadTables tables = new ReadTables(input);
        for (Table table : tables.trusted(CODED)) {
            Map<String, TableLine> byCode = uniqueCodes(table);
            String cut = tables.mayContinue(table) ? lastCode(table) : null;
            List<String> malformed = table.lines().stream().map(TableLine::code)
                    .filter(c -> !c.isEmpty() && c.chars().allMatch(Character::isDigit) && !CODE.matcher(c).matches()).toList();
            for (TableLine parent : byCode.values()) {
                boolean unknownChild = malformed.stream().anyMatch(c -> c.length() > parent.code().length() && c.startsWith(parent.code()));
                if (cut != null && cut.startsWith(parent.code()) || unknownChild) {
                    continue;
                }
                List<TableLine> children = byCode.values().stream()
                        .filter(l -> l.code().length() == parent.code().length() + 2 && l.code().startsWith(parent.code()))
                        .toList();
                String what = parent.code().length() == 3 ? "所属各款之和" : "所属各项之和";
                if (table.kind() == TableKind.GENERAL_BUDGET_BASIC) {
                    what = "所属各款之和";
                }
                issues.addAll(TableSums.byHeader(input, table, parent, children, what));
            }
            if (table.kind() != TableKind.GENERAL_BUDGET_BASIC && !byCode.isEmpty()) {
                int top = byCode.keySet().stream().mapToInt(String::length).min().orElseThrow();
                List<TableLine> tops = byCode.values().stream().filter(l -> l.code().length() == top).toList();
                List<TableLine> totals = table.lines().stream()
                        .filter(l -> l.code().isEmpty() && GRAND_TOTAL.matcher(TableWords.bareName(l.name())).matches()).toList();
                if (totals.size() == 1 && cut == null) {
                    issues.addAll(TableSums.byHeader(input, table, totals.get(0), tops, top == 3 ? "各类之和" : "各科目之和"));
                }
            }
        }
        return issues;
    }

    /** The code of the table's last coded line: the branch a continuation on the next page may go on with. */
    private static String lastCode(Table table) {
        String last = "";
        for (TableLine line : table.lines()) {
            if (!line.code().isEmpty()) {
                last = line.code();
            }
        }
        return last;
    }

    /** Lines by code, leaving out codes that are malformed or printed more than once. */
    private static Map<String, TableLine> uniqueCodes(Table table) {
        Map<String, TableLine> byCode = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (TableLine line : table.lines()) {
            if (CODE.matcher(line.code()).matches()) {
                counts.merge(line.code(), 1, Integer::sum);
                byCode.put(line.code(), line);
            }
        }
        counts.forEach((code, n) -> {
            if (n > 1) {
                byCode.remove(code);
            }
        });
        return new java.util.TreeMap<>(byCode);
    }
}
