package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;

/** 实有人数超过编制: the staff actually in post of a kind (行政, 事业, 工勤) above the posts established for it. */
public final class StaffingRule implements Rule {
    private static final Pattern ESTABLISHMENT = Pattern.compile("编制");
    private static final Pattern IN_POST = Pattern.compile("实有|在职|在编");
    private static final List<String> KINDS = List.of("行政", "事业", "工勤", "参公");

    @Override
    public String id() {
        return "staffing";
    }

    @Override
    public String chineseName() {
        return "实有人数超过编制";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        Map<String, Component> posts = new HashMap<>();
        List<ComponentList> inPost = new ArrayList<>();
        for (ComponentList list : input.claims().lists()) {
            if (list.total().kind() != FigureKind.COUNT) {
                continue;
            }
            if (IN_POST.matcher(list.totalName()).find()) {
                inPost.add(list);
            } else if (ESTABLISHMENT.matcher(list.totalName()).find()) {
                list.components().forEach(c -> kind(c.name()).ifPresent(k -> posts.putIfAbsent(k, c)));
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (ComponentList list : inPost) {
            for (Component staff : list.components()) {
                String kind = kind(staff.name()).orElse(null);
                Component post = kind == null ? null : posts.get(kind);
                if (post != null && staff.amount().value().compareTo(post.amount().value()) > 0) {
                    issues.add(new Issue(Severity.WARNING, staff.name() + staff.amount().raw().strip() + "，超过" + post.name()
                            + post.amount().raw().strip(), staff.amount().raw().strip(), "≤" + post.amount().raw().strip(), null,
                            list.sentence().start(), list.sentence().end(), List.of(staff.amount(), post.amount())));
                }
            }
        }
        return issues;
    }

    private static java.util.Optional<String> kind(String name) {
        return KINDS.stream().filter(name::contains).findFirst();
    }
}
