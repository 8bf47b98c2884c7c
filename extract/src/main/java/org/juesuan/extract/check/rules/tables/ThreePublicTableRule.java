package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * “三公”经费表分项之和不符: in the 三公 table, for the budget and the final figures each, 合计 = 因公出国（境）费
 * + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费. The items are found by
 * header (one row, items across: the national layout) or by line name (items down, 预算数 / 决算数
 * across); a comparison runs only when every item it needs was found.
 */
public final class ThreePublicTableRule implements Rule {
    /** The items of the 三公 table. */
    enum Item { TOTAL, ABROAD, VEHICLES, PURCHASE, RUNNING, RECEPTION }

    /** Columns a wider table adds under its 合计 (“三公”经费、会议费、培训费支出预算表): then 合计 is not the 三公 alone. */
    private static final java.util.regex.Pattern WIDER = java.util.regex.Pattern.compile("会议费|培训费");

    @Override
    public String id() {
        return "table-three-public";
    }

    @Override
    public String chineseName() {
        return "“三公”经费表分项之和不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        HeaderPaths headers = HeaderPaths.of(input);
        for (Table table : new ReadTables(input).trusted(TableKind.THREE_PUBLIC)) {
            boolean wider = table.lines().stream().flatMap(l -> l.values().stream())
                    .anyMatch(v -> WIDER.matcher(headers.header(v)).find());
            for (Map<Item, CellAmount> stage : stages(headers, table).values()) {
                if (!wider) {
                    compare(input, stage, Item.TOTAL, List.of(Item.ABROAD, Item.VEHICLES, Item.RECEPTION),
                            "因公出国（境）费、公务用车购置及运行费、公务接待费之和", issues);
                }
                compare(input, stage, Item.VEHICLES, List.of(Item.PURCHASE, Item.RUNNING), "公务用车购置费与运行费之和", issues);
            }
        }
        return issues;
    }

    private static void compare(CheckInput input, Map<Item, CellAmount> stage, Item total, List<Item> parts, String what,
                                List<Issue> issues) {
        if (!stage.containsKey(total) || !parts.stream().allMatch(stage::containsKey)) {
            return;
        }
        TableSums.check(input.disclosure(), stage.get(total), parts.stream().map(stage::get).toList(), what)
                .ifPresent(issues::add);
    }

    /** The items by stage (预算数, 决算数, or one unnamed stage), each item found once. */
    static Map<String, Map<Item, CellAmount>> stages(HeaderPaths headers, Table table) {
        Map<String, Map<Item, CellAmount>> stages = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (TableLine line : table.lines()) {
            Optional<Item> byName = item(TableWords.bareName(line.name()), "");
            for (TableValue value : ReadTables.money(headers, line)) {
                List<String> path = headers.path(value);
                String stage = path.isEmpty() ? "" : stage(path.get(path.size() - 1));
                Optional<Item> found = byName.isPresent() ? byName : byHeader(path, stage);
                if (found.isEmpty()) {
                    continue;
                }
                CellAmount previous = stages.computeIfAbsent(stage, s -> new EnumMap<>(Item.class))
                        .put(found.get(), new CellAmount(table, line, value));
                if (previous != null) {
                    ambiguous.add(stage);
                }
            }
        }
        ambiguous.forEach(stages::remove);
        return stages;
    }

    private static String stage(String level) {
        return level.startsWith("预算") || level.startsWith("决算") ? level.substring(0, 2) : "";
    }

    private static Optional<Item> byHeader(List<String> path, String stage) {
        List<String> levels = stage.isEmpty() ? path : path.subList(0, path.size() - 1);
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        String last = levels.get(levels.size() - 1);
        String parent = levels.size() > 1 ? levels.get(levels.size() - 2) : "";
        return item(last, parent);
    }

    /** What a header level or a line name names; 小计 takes its meaning from the level above. */
    private static Optional<Item> item(String name, String parent) {
        if (name.equals("小计")) {
            return parent.contains("公务用车") ? Optional.of(Item.VEHICLES) : Optional.empty();
        }
        if (name.contains("合计") || name.equals("三公经费") || name.equals("财政拨款三公经费")) {
            return Optional.of(Item.TOTAL);
        }
        if (name.contains("因公出国")) {
            return Optional.of(Item.ABROAD);
        }
        if (name.contains("购置及运行")) {
            return Optional.of(Item.VEHICLES);
        }
        if (name.contains("公务用车购置") || name.equals("购置费")) {
            return Optional.of(Item.PURCHASE);
        }
        if (name.contains("公务用车运行") || name.equals("运行费") || name.equals("运行维护费")) {
            return Optional.of(Item.RUNNING);
        }
        return name.startsWith("公务接待") ? Optional.of(Item.RECEPTION) : Optional.empty();
    }
}
