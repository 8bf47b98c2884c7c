package org.juesuan.extract.check.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;

/**
 * Whether a list's parts partition its total, the knowledge {@code components-sum} needs before it
 * adds anything up. A list is not a partition when a part is itself a subset of another (含 …, 其中 …),
 * when its parts are figures of another scope than the total (合同金额 or 预算金额 beside 支出), or when
 * a headcount is broken down along two dimensions at once (教授 beside 博士生导师: a professor may
 * supervise doctoral students).
 */
final class Partitions {
    /** A part that is a subset of what comes before it: 其中授予小微企业 · 含外宾接待 · 包括… · 不含…. */
    private static final Pattern SUBSET = Pattern.compile("^[（(]?\\s*(?:其中|含|包含|包括|不含|另有)");
    /** Scopes a money figure can have; parts and total must share theirs. */
    private static final List<String> SCOPES = List.of("合同", "预算", "预留", "中标", "成交", "授予", "绩效");
    /**
     * Dimensions a headcount is broken down by, most specific first (博士生导师 is a supervisor, not a
     * degree): 导师, 职称, 学历, 编制 kind, 在职 status.
     */
    private static final Map<String, Pattern> STAFF_DIMENSIONS = Map.of(
            "导师", Pattern.compile("导师|博导|硕导"),
            "职称", Pattern.compile("教授|讲师|助教|研究员|正高|副高|高级职称|中级职称|初级职称|职称"),
            "学历", Pattern.compile("博士|硕士|本科|专科|学历|学位"),
            "编制", Pattern.compile("行政编制|事业编制|工勤|行政人员|事业人员|参公"),
            "状态", Pattern.compile("在职|离休|退休"));

    private Partitions() {
    }

    static boolean partition(ComponentList list) {
        if (list.components().stream().anyMatch(c -> SUBSET.matcher(c.name()).find())) {
            return false;
        }
        String totalScope = scope(list.totalName());
        if (list.components().stream().anyMatch(c -> !scope(c.name()).equals(totalScope) && !scope(c.name()).isEmpty())) {
            return false;
        }
        return staffDimensions(list.components()).size() <= 1;
    }

    private static String scope(String name) {
        return SCOPES.stream().filter(name::contains).findFirst().orElse("");
    }

    private static Set<String> staffDimensions(List<Component> components) {
        return components.stream().map(c -> dimension(c.name())).filter(d -> !d.isEmpty()).collect(Collectors.toSet());
    }

    private static String dimension(String name) {
        for (String key : List.of("导师", "职称", "学历", "编制", "状态")) {
            if (STAFF_DIMENSIONS.get(key).matcher(name).find()) {
                return key;
            }
        }
        return "";
    }
}
