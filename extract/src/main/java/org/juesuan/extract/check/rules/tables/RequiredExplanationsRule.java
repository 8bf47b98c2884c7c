package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;

/**
 * 必需说明缺失: a final-accounts disclosure explains its 机关运行经费, 政府采购, 国有资产占有使用 and 预算绩效
 * 管理. Judged only on a document read as a disclosure with its explanation (a 决算情况说明 section, or
 * several of the nine tables); an explanation counts when a section of its kind exists or the body
 * text (not the table of contents, not a table) speaks of it.
 */
public final class RequiredExplanationsRule implements Rule {
    private record Required(SectionKind kind, String name, Pattern words) {
    }

    private static final List<Required> REQUIRED = List.of(
            new Required(SectionKind.OPERATING_COSTS, "机关运行经费", Pattern.compile("机关运行经费")),
            new Required(SectionKind.PROCUREMENT, "政府采购", Pattern.compile("政府采购")),
            new Required(SectionKind.STATE_ASSETS, "国有资产占有使用", Pattern.compile("国有资产|车辆\\d+辆|共有车辆")),
            new Required(SectionKind.PERFORMANCE, "预算绩效管理", Pattern.compile("绩效")));

    @Override
    public String id() {
        return "required-explanations";
    }

    @Override
    public String chineseName() {
        return "必需说明缺失";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        boolean explained = input.disclosure().sections().stream().anyMatch(s -> s.kind() == SectionKind.EXPLANATION);
        if (!explained && new ReadTables(input).identified().size() < MissingTableRule.READ_AT_LEAST) {
            return issues;
        }
        List<Block> body = input.disclosure().blocks().stream()
                .filter(b -> b.kind() != BlockKind.TABLE)
                .filter(b -> b.sectionId() == null || !input.within(b.sectionId(), SectionKind.TABLE_OF_CONTENTS)).toList();
        Optional<Block> anchor = anchor(input, body);
        if (anchor.isEmpty()) {
            return issues;
        }
        // each block folded once, at the first explanation that reads it, not again for every explanation
        String[] folded = new String[body.size()];
        for (Required required : REQUIRED) {
            boolean sectioned = input.disclosure().sections().stream().anyMatch(s -> s.kind() == required.kind());
            boolean spoken = false;
            for (int i = 0; i < body.size() && !spoken; i++) {
                if (folded[i] == null) {
                    folded[i] = TableWords.fold(body.get(i).text());
                }
                spoken = required.words().matcher(folded[i]).find();
            }
            if (!sectioned && !spoken) {
                issues.add(new Issue(Severity.WARNING, "未见" + required.name() + "情况说明（决算公开应说明" + required.name() + "）",
                        null, null, null, anchor.get().start(), anchor.get().end(), List.of()));
            }
        }
        return issues;
    }

    /** Where an absence is cited: the heading of 其他重要事项, else of the explanation, else the first heading. */
    private static Optional<Block> anchor(CheckInput input, List<Block> body) {
        for (SectionKind kind : List.of(SectionKind.OTHER_MATTERS, SectionKind.EXPLANATION)) {
            Optional<Block> heading = body.stream().filter(b -> b.kind() == BlockKind.HEADING && b.sectionId() != null)
                    .filter(b -> input.disclosure().sections().stream().anyMatch(s -> s.id().equals(b.sectionId()) && s.kind() == kind))
                    .findFirst();
            if (heading.isPresent()) {
                return heading;
            }
        }
        return body.stream().filter(b -> b.kind() == BlockKind.HEADING).findFirst().or(() -> body.stream().findFirst());
    }
}
