package org.juesuan.output.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Finding;
import org.juesuan.output.run.DocumentSummary;

/**
 * Findings by rule as horizontal bars, laid out here so the template only prints numbers into an
 * inline SVG: no chart library, nothing fetched.
 *
 * @param width  the drawing's width in px
 * @param height the drawing's height in px
 * @param bars   one per rule, most findings first
 */
public record RuleChart(int width, int height, List<Bar> bars) {
    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 320;
    static final int ROW = 26;

    /**
     * @param ruleName  the rule's Chinese name
     * @param ruleId    its id
     * @param count     findings of the rule over the run
     * @param y         top of the bar
     * @param textY     baseline of its labels
     * @param barWidth  the bar's length
     * @param countX    where its count is written
     */
    public record Bar(String ruleName, String ruleId, long count, int y, int textY, int barWidth, int countX) {
    }

    static RuleChart of(List<DocumentSummary> documents) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DocumentSummary document : documents) {
            count(document, names, counts);
        }
        return of(names, counts);
    }

    /** Adds {@code document}'s findings to the rules' {@code names} and {@code counts}, for {@link #of(Map, Map)}. */
    static void count(DocumentSummary document, Map<String, String> names, Map<String, Long> counts) {
        for (Finding finding : document.findings()) {
            names.putIfAbsent(finding.ruleId(), finding.ruleName());
            counts.merge(finding.ruleId(), 1L, Long::sum);
        }
    }

    /** The chart of findings counted by rule id, each rule's Chinese name in {@code names}. */
    static RuleChart of(Map<String, String> names, Map<String, Long> counts) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            long count = counts.get(id);
            int length = (int) Math.max(2, Math.round(BAR_SPACE * (double) count / most));
            int y = i * ROW + 4;
            bars.add(new Bar(names.get(id), id, count, y, y + 15, length, LABEL_WIDTH + length + 6));
        }
        return new RuleChart(LABEL_WIDTH + BAR_SPACE + 60, order.size() * ROW + 8, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH - 8;
    }

    public int barStart() {
        return LABEL_WIDTH;
    }
}
