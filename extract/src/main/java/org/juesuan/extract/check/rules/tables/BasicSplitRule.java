package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 基本支出表人员经费、公用经费合计不符: in the 一般公共预算财政拨款基本支出决算表, 人员经费合计 = 工资福利支出
 * (301) + 对个人和家庭的补助 (303); 公用经费合计 = the other economic classes (商品和服务支出 302, 资本性支出
 * 310, 债务利息 307 …); 合计 (基本支出合计) = 人员经费合计 + 公用经费合计. Each line's amount is its
 * one value, whichever panel it sits in.
 */
public final class BasicSplitRule implements Rule {
    /** The economic classes of 人员经费; every other class is 公用经费. */
    private static final Set<String> STAFF = Set.of("301", "303");
    private static final Pattern CLASS = Pattern.compile("3\\d\\d");
    /** 人员经费合计 · 人员经费. */
    private static final Pattern STAFF_TOTAL = Pattern.compile("人员经费(?:合计)?");
    /** 公用经费合计 · 公用经费 · 日常公用经费合计. */
    private static final Pattern RUNNING_TOTAL = Pattern.compile("(?:日常)?公用经费(?:合计)?");
    /** 合计 · 总计 · 基本支出合计. */
    private static final Pattern GRAND = Pattern.compile("(?:基本支出)?(?:合计|总计)");

    @Override
    public String id() {
        return "table-basic-split";
    }

    @Override
    public String chineseName() {
        return "基本支出表人员经费、公用经费合计不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        HeaderPaths headers = HeaderPaths.of(input);
        for (Table table : new ReadTables(input).trusted(TableKind.GENERAL_BUDGET_BASIC)) {
            List<TableLine> classes = table.lines().stream().filter(l -> CLASS.matcher(l.code()).matches()).toList();
            Optional<CellAmount> staff = total(headers, table, STAFF_TOTAL);
            Optional<CellAmount> running = total(headers, table, RUNNING_TOTAL);
            staff.ifPresent(t -> sum(input, t, classes.stream().filter(l -> STAFF.contains(l.code())).toList(),
                    "工资福利支出与对个人和家庭的补助之和", issues));
            running.ifPresent(t -> sum(input, t, classes.stream().filter(l -> !STAFF.contains(l.code())).toList(),
                    "商品和服务支出、资本性支出等之和", issues));
            Optional<CellAmount> grand = total(headers, table, GRAND);
            if (grand.isPresent() && staff.isPresent() && running.isPresent()) {
                TableSums.check(input.disclosure(), grand.get(), List.of(staff.get(), running.get()), "人员经费与公用经费之和")
                        .ifPresent(issues::add);
            }
        }
        return issues;
    }

    private static void sum(CheckInput input, CellAmount total, List<TableLine> lines, String what, List<Issue> issues) {
        List<CellAmount> parts = new ArrayList<>();
        for (TableLine line : lines) {
            Optional<CellAmount> amount = ReadTables.amount(HeaderPaths.of(input), total.table(), line);
            if (amount.isEmpty()) {
                return;
            }
            parts.add(amount.get());
        }
        if (!parts.isEmpty()) {
            TableSums.check(input.disclosure(), total, parts, what).ifPresent(issues::add);
        }
    }

    /** The amount of the one line, in any panel, whose bare name matches; empty when none or several. */
    private static Optional<CellAmount> total(HeaderPaths headers, Table table, Pattern name) {
        List<TableLine> found = table.lines().stream()
                .filter(l -> l.code().isEmpty() && name.matcher(TableWords.bareName(l.name())).matches()).toList();
        return found.size() == 1 ? ReadTables.amount(headers, table, found.get(0)) : Optional.empty();
    }
}
