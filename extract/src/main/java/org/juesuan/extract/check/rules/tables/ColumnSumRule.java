package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * 合计栏与分栏之和不符: on every line, a total column equals its component columns, found by what
 * their headers say rather than where they stand — 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 +
 * 附属单位上缴 + 其他 (收入决算表); 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助
 * (支出决算表); 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (财政拨款总表); 合计 / 小计 = 基本 +
 * 项目 (一般公共预算、政府性基金、国有资本经营表, and the 支出 side of a budget's 财务收支预算总表). A
 * component printed only as its sub-columns (基本支出 as 人员经费 and 公用经费) counts as their sum. A component counts only under the same header
 * group as the total (决算 / 合计 with 决算 / 基本支出, 本年支出 / 小计 with 本年支出 / 项目支出); when a
 * component's word heads a column outside that group and none inside it, the line is not summed.
 */
public final class ColumnSumRule implements Rule {
    private record Layout(List<String> totals, List<String> parts, String what) {
    }

    private static final Map<TableKind, Layout> LAYOUTS = Map.of(
            TableKind.INCOME, new Layout(List.of("本年收入合计", "合计"),
                    List.of("财政拨款", "上级补助", "事业收入", "经营收入", "附属单位上缴", "其他收入"), "各项收入之和"),
            TableKind.EXPENDITURE, new Layout(List.of("本年支出合计", "合计"),
                    List.of("基本支出", "项目支出", "上缴上级", "经营支出", "对附属单位补助",
                            "预留机动经费", "结转下年"), "各项支出之和"), // the last two: a budget's 支出预算总表
            TableKind.INCOME_EXPENDITURE_SUMMARY, new Layout(List.of("合计"), List.of("基本支出", "项目支出"),
                    "基本支出与项目支出之和"),
            TableKind.GENERAL_BUDGET_BASIC, new Layout(List.of("合计"), List.of("人员经费", "公用经费"), "人员经费与公用经费之和"),
            TableKind.FISCAL_SUMMARY, new Layout(List.of("合计"), List.of("一般公共预算", "政府性基金", "国有资本经营"),
                    "三类财政拨款之和"),
            TableKind.GENERAL_BUDGET_EXPENDITURE, new Layout(List.of("合计", "小计"), List.of("基本支出", "项目支出"),
                    "基本支出与项目支出之和"),
            TableKind.GOVERNMENT_FUND, new Layout(List.of("小计", "合计"), List.of("基本支出", "项目支出"),
                    "基本支出与项目支出之和"),
            TableKind.STATE_CAPITAL, new Layout(List.of("小计", "合计"), List.of("基本支出", "项目支出"),
                    "基本支出与项目支出之和"));

    @Override
    public String id() {
        return "table-column-sum";
    }

    @Override
    public String chineseName() {
        return "合计栏与分栏之和不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        HeaderPaths headers = HeaderPaths.of(input);
        for (Table table : new ReadTables(input).trusted(LAYOUTS.keySet())) {
            Layout layout = LAYOUTS.get(table.kind());
            for (TableLine line : table.lines()) {
                for (TableValue value : ReadTables.money(headers, line)) {
                    Optional<List<String>> context = context(headers.path(value), layout.totals());
                    if (context.isEmpty()) {
                        continue;
                    }
                    parts(headers, table, line, layout, context.get()).ifPresent(parts -> TableSums.check(input.disclosure(),
                            new CellAmount(table, line, value), parts, layout.what()).ifPresent(issues::add));
                }
            }
        }
        return issues;
    }

    /** The components of a total on the line: one column per component word inside the total's group. */
    private static Optional<List<CellAmount>> parts(HeaderPaths headers, Table table, TableLine line, Layout layout,
                                                    List<String> context) {
        List<CellAmount> parts = new ArrayList<>();
        for (String word : layout.parts()) {
            List<TableValue> inside = new ArrayList<>();
            List<TableValue> split = new ArrayList<>();
            boolean outside = false;
            for (TableValue value : ReadTables.money(headers, line)) {
                Optional<List<String>> where = context(headers.path(value), List.of(word));
                if (where.isPresent() && context(headers.path(value), layout.totals()).isEmpty()) {
                    if (where.get().equals(context)) {
                        inside.add(value);
                    } else if (splits(where.get(), context)) {
                        split.add(value);
                    } else {
                        outside = true;
                    }
                }
            }
            if (inside.isEmpty() && !split.isEmpty()) {
                inside = split;
            } else if (inside.size() > 1 || (inside.isEmpty() && outside)) {
                return Optional.empty();
            }
            inside.forEach(v -> parts.add(new CellAmount(table, line, v)));
        }
        return parts.size() >= 2 && !unknownAmount(headers, line, layout, context, parts) ? Optional.of(parts) : Optional.empty();
    }

    /**
     * Whether the line prints an amount in its total's group under a column that is neither a total
     * nor a known component (单位预留机动经费, 结转下年资金 beside 基本支出 and 项目支出): the known parts
     * are then not the whole, and the line is not summed.
     */
    private static boolean unknownAmount(HeaderPaths headers, TableLine line, Layout layout, List<String> context,
                                         List<CellAmount> parts) {
        for (TableValue value : ReadTables.money(headers, line)) {
            List<String> path = headers.path(value);
            boolean inGroup = !path.isEmpty() && path.subList(0, path.size() - 1).equals(context);
            boolean known = context(path, layout.totals()).isPresent() || parts.stream().anyMatch(p -> p.value() == value)
                    || context(path, layout.parts()).isPresent();
            if (inGroup && !known && value.value() != null && value.value().signum() != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a component's columns are split one level down inside the total's group (基本支出 printed
     * only as 人员经费 and 公用经费 under it): then its columns together are the component.
     */
    private static boolean splits(List<String> where, List<String> context) {
        return where.size() == context.size() + 1 && where.subList(0, context.size()).equals(context);
    }

    /**
     * The header path without the level that holds one of the words (the group the column belongs
     * to), or empty when no level does. A level holds a total word when it ends with it (本年收入合计),
     * a component word when it contains it (财政拨款收入).
     */
    private static Optional<List<String>> context(List<String> path, List<String> words) {
        for (int i = 0; i < path.size(); i++) {
            String level = path.get(i);
            for (String word : words) {
                boolean total = word.endsWith("计");
                if (total ? level.endsWith(word) : level.contains(word)) {
                    List<String> rest = new ArrayList<>(path);
                    rest.remove(i);
                    return Optional.of(rest);
                }
            }
        }
        return Optional.empty();
    }
}
