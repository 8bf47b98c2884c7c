package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Severity;

/** 图表标题重复 (form only): the same figure or table caption printed twice. */
public final class DuplicateCaptionRule implements Rule {
    @Override
    public String id() {
        return "duplicate-caption";
    }

    @Override
    public String chineseName() {
        return "图表标题重复";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.CAPTION && !seen.add(block.text().strip())) {
                issues.add(new Issue(Severity.INFO, "图表标题“" + block.text().strip() + "”重复出现", block.text().strip(), null, null,
                        block.start(), block.end(), List.of()));
            }
        }
        return issues;
    }
}
