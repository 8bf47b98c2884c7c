package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.TableKind;

/**
 * “三公”经费要素缺失: money spent on an item of the 三公 must come with its counts — 因公出国（境）with its
 * 团组 and 人次, 公务用车购置 with the vehicles bought (辆), 公务用车 with the fleet kept (保有量). An item
 * with nothing spent needs no count. (公务接待 批次 / 人次 are the reception-counts rule's.) A budget
 * plans trips and vehicles, it does not count them: budgets are not asked.
 */
public final class ThreePublicElementsRule implements Rule {
    /** 团组2个 · 2个团组 · 团组 0 个 · 出国团组3批. */
    private static final Pattern GROUPS = Pattern.compile("\\d+\\s*个?\\s*(?:出国)?团组|团组[^，。；]{0,8}\\d+");
    /** 12人次 · 累计 0 人次. */
    private static final Pattern PERSONS = Pattern.compile("\\d+\\s*人次");
    /** 购置公务用车2辆 · 更新公务用车1辆. */
    private static final Pattern VEHICLES = Pattern.compile("\\d+\\s*辆");
    /** 保有量为9辆 · 公务用车保有9辆. */
    private static final Pattern FLEET = Pattern.compile("保有");
    private static final List<SectionKind> SECTIONS = List.of(SectionKind.THREE_PUBLIC, SectionKind.THREE_PUBLIC_TOTAL,
            SectionKind.THREE_PUBLIC_DETAIL);

    @Override
    public String id() {
        return "three-public-elements";
    }

    @Override
    public boolean appliesTo(DocumentKind kind) {
        return kind == DocumentKind.FINAL_ACCOUNTS;
    }

    @Override
    public String chineseName() {
        return "“三公”经费要素缺失";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Block> blocks = input.disclosure().blocks().stream()
                .filter(b -> b.kind() != BlockKind.TABLE && b.sectionId() != null && !input.inAttachment(b.sectionId()))
                .filter(b -> SECTIONS.stream().anyMatch(k -> input.within(b.sectionId(), k))).toList();
        List<Issue> issues = new ArrayList<>();
        if (blocks.isEmpty() || !appliesTo(input.disclosure().document().kind())) {
            return issues;
        }
        if (spent(input, "因公出国（境）费", ThreePublicTableRule.Item.ABROAD)) {
            List<Block> about = mentioning(blocks, "因公出国");
            if (!about.isEmpty() && (none(about, GROUPS) || none(about, PERSONS))) {
                issues.add(at(input, "因公出国（境）费", about.get(0), "因公出国（境）费有支出，但未披露出国（境）团组数和人次"));
            }
        }
        if (spent(input, "公务用车购置费", ThreePublicTableRule.Item.PURCHASE)) {
            List<Block> about = mentioning(blocks, "购置");
            if (!about.isEmpty() && none(about, VEHICLES)) {
                issues.add(at(input, "公务用车购置费", about.get(0), "公务用车购置费有支出，但未披露购置车辆数"));
            }
        }
        boolean fleetCosts = spent(input, "公务用车购置及运行维护费", ThreePublicTableRule.Item.VEHICLES)
                || spent(input, "公务用车运行维护费", ThreePublicTableRule.Item.RUNNING);
        if (fleetCosts && none(blocks, FLEET)) {
            List<Block> about = mentioning(blocks, "公务用车");
            issues.add(at(input, "公务用车购置及运行维护费", about.isEmpty() ? blocks.get(0) : about.get(0),
                    "公务用车购置及运行维护费有支出，但未披露公务用车保有量"));
        }
        return issues;
    }

    /** Whether the item was spent on: the text's one value of it, else the 三公 table's final figure. */
    private static boolean spent(CheckInput input, String metric, ThreePublicTableRule.Item item) {
        Optional<ValueClaim> stated = input.agreedValue(metric);
        if (stated.isPresent()) {
            return stated.get().value().value().signum() > 0;
        }
        ReadTables tables = new ReadTables(input);
        return tables.single(TableKind.THREE_PUBLIC).map(t -> {
            Map<String, Map<ThreePublicTableRule.Item, CellAmount>> stages = ThreePublicTableRule.stages(tables.headers(), t);
            Map<ThreePublicTableRule.Item, CellAmount> finals = stages.getOrDefault("决算", Map.of());
            CellAmount cell = finals.get(item);
            return cell != null && cell.isNumber() && cell.number().compareTo(BigDecimal.ZERO) > 0;
        }).orElse(false);
    }

    private static List<Block> mentioning(List<Block> blocks, String word) {
        return blocks.stream().filter(b -> TableWords.fold(b.text()).contains(word)).toList();
    }

    private static boolean none(List<Block> blocks, Pattern pattern) {
        return blocks.stream().noneMatch(b -> pattern.matcher(TableWords.fold(b.text())).find());
    }

    private static Issue at(CheckInput input, String metric, Block block, String message) {
        Optional<ValueClaim> stated = input.agreedValue(metric);
        if (stated.isPresent()) {
            return new Issue(Severity.WARNING, message, null, null, null, stated.get().sentence().start(),
                    stated.get().sentence().end(), List.of(stated.get().value()));
        }
        return new Issue(Severity.WARNING, message, null, null, null, block.start(), block.end(), List.of());
    }
}
