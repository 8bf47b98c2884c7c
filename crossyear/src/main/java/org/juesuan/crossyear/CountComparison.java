package org.juesuan.crossyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * The counts part of the cross-year check: each previous-year count this document states or implies against
 * the count last year's document stated for the same line, exactly (counts carry no rounding). A line is
 * compared only when this document gives it one previous-year value and last year's (every copy) one value.
 */
final class CountComparison {
    /** What comparing the counts gave: lines compared and findings (numbered later by the caller). */
    record Result(int linesCompared, List<Finding> findings) {
    }

    private CountComparison() {
    }

    static Result compare(List<YearFigures> previous, YearFigures current) {
        Map<CountLine, List<YearCounts.StatedCount>> stated = new HashMap<>();
        previous.forEach(p -> p.counts().stated().forEach((line, counts) ->
                stated.computeIfAbsent(line, l -> new ArrayList<>()).addAll(counts)));
        Map<CountLine, List<YearCounts.PreviousCount>> given = new HashMap<>();
        current.counts().previous().forEach(p -> given.computeIfAbsent(p.line(), l -> new ArrayList<>()).add(p));
        int compared = 0;
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<CountLine, List<YearCounts.PreviousCount>> line : given.entrySet()) {
            List<YearCounts.StatedCount> last = stated.get(line.getKey());
            if (last == null || last.stream().map(YearCounts.StatedCount::value).distinct().count() != 1
                    || line.getValue().stream().map(YearCounts.PreviousCount::value).distinct().count() != 1) {
                continue;
            }
            compared++;
            YearCounts.PreviousCount mine = line.getValue().get(0);
            if (mine.value() != last.get(0).value()) {
                findings.add(finding(mine, last.get(0), current));
            }
        }
        return new Result(compared, findings);
    }

    private static Finding finding(YearCounts.PreviousCount line, YearCounts.StatedCount last, YearFigures current) {
        int year = current.identity().year() - 1;
        String kind = current.identity().kind() == DocumentKind.BUDGET ? "预算" : "决算";
        String unit = line.line().unit();
        String derived = line.explicit() ? "" : "，推得" + year + "年为" + line.value() + unit;
        String message = "本文件“" + line.line().chineseName() + "”" + line.reasoning() + derived
                + "；而" + year + "年度" + kind + "文件《" + last.source() + "》第" + last.evidence().page() + "页所列为"
                + last.raw() + "（相差" + Math.abs(line.value() - last.value()) + unit
                + "）。上年数应与上年文件一致，如上年数据经调整，请在文中说明";
        java.math.BigDecimal expected = java.math.BigDecimal.valueOf(last.value());
        return new Finding("k0", CrossYearCheck.RULE_ID, CrossYearCheck.RULE_NAME, Severity.ERROR, message,
                line.value() + unit, last.raw(), new ValueRange(expected, expected), line.evidence(), line.figureIds(),
                CrossYearCheck.fingerprint(line.evidence().sentence(), line.stated(), last.raw()));
    }
}
