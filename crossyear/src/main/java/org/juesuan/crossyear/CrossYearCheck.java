package org.juesuan.crossyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * The cross-year check (rule {@value #RULE_ID}): the previous-year figures a document implies (this
 * year's value and its change against the previous year) or states outright (上年…为X万元) against what the organization's previous
 * document of the same kind stated for the same line, with interval rounding. Silent when a line is
 * stated differently within either document, or when a change's base is not plainly the previous year.
 * The 三公 counts (团组, 人次, 车辆, 接待批次) are compared exactly the same way ({@link CountComparison}).
 */
public final class CrossYearCheck {
    public static final String RULE_ID = "cross-year";
    public static final String RULE_NAME = "上年数与上年文件不符";

    private CrossYearCheck() {
    }

    /**
     * Compares {@code current} with {@code previous}: the findings are {@code current}'s, numbered after
     * its other findings. Documents that are not the same organization's consecutive years of one kind
     * give no finding and no line compared.
     */
    public static CrossYearComparison compare(Disclosure previous, Disclosure current) {
        Optional<YearFigures> before = YearFigures.of(previous);
        Optional<YearFigures> now = YearFigures.of(current);
        if (before.isEmpty() || now.isEmpty()) {
            return new CrossYearComparison(List.of(previous.document().sourceName()), current.document().sourceName(), 0, List.of());
        }
        return compare(List.of(before.get()), now.get(), otherFindings(current).size());
    }

    /**
     * Compares a document's figures with those of its previous year (one document, or several copies of
     * it: a line counts only when they all state it alike); findings are numbered from k{@code findingsBefore + 1}.
     */
    public static CrossYearComparison compare(List<YearFigures> previous, YearFigures current, int findingsBefore) {
        List<String> names = previous.stream().map(YearFigures::sourceName).toList();
        Map<String, List<StatedFigure>> stated = new HashMap<>();
        for (YearFigures before : previous) {
            if (!current.identity().follows(before.identity())) {
                return new CrossYearComparison(names, current.sourceName(), 0, List.of());
            }
            before.stated().forEach((metric, figures) -> stated.computeIfAbsent(metric, m -> new ArrayList<>()).addAll(figures));
        }
        Map<String, List<ImpliedPrevious>> implied = new HashMap<>();
        current.implied().forEach(i -> implied.computeIfAbsent(i.metric(), m -> new ArrayList<>()).add(i));
        int compared = 0;
        List<Finding> findings = new ArrayList<>();
        for (ImpliedPrevious line : current.implied()) {
            Optional<StatedFigure> last = agreed(stated.get(line.metric()));
            if (last.isEmpty() || !selfConsistent(implied.get(line.metric()))) {
                continue;
            }
            compared++;
            if (!line.amount().overlaps(last.get().amount())) {
                findings.add(finding("k" + (findingsBefore + findings.size() + 1), line, last.get(), current));
            }
        }
        CountComparison.Result counts = CountComparison.compare(previous, current);
        compared += counts.linesCompared();
        findings.addAll(counts.findings());
        findings.sort(java.util.Comparator.comparingInt(f -> f.evidence().start()));
        return new CrossYearComparison(names, current.sourceName(), compared, renumber(findings, findingsBefore));
    }

    /** The document with {@code comparison}'s findings in place of any cross-year findings it had. */
    public static Disclosure withFindings(Disclosure current, List<Finding> crossYear) {
        List<Finding> findings = new ArrayList<>(otherFindings(current));
        findings.addAll(crossYear);
        return new Disclosure(current.schemaVersion(), current.document(), current.text(), current.blocks(),
                current.sections(), current.tables(), current.figures(), current.statements(), findings, current.warnings());
    }

    /** The document's findings other than cross-year ones (those a previous comparison added). */
    public static List<Finding> otherFindings(Disclosure disclosure) {
        return disclosure.findings().stream().filter(f -> !f.ruleId().equals(RULE_ID)).toList();
    }

    /** The previous document's value for a line, when every statement of it agrees. */
    private static Optional<StatedFigure> agreed(List<StatedFigure> figures) {
        if (figures == null || figures.isEmpty()) {
            return Optional.empty();
        }
        long values = figures.stream().map(f -> f.amount().middle().stripTrailingZeros()).distinct().count();
        return values == 1 ? Optional.of(figures.get(0)) : Optional.empty();
    }

    /** Whether every previous-year figure implied for one line could be the same figure: else the line is unclear. */
    private static boolean selfConsistent(List<ImpliedPrevious> lines) {
        for (ImpliedPrevious a : lines) {
            for (ImpliedPrevious b : lines) {
                if (!a.amount().overlaps(b.amount())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Finding finding(String id, ImpliedPrevious line, StatedFigure last, YearFigures current) {
        BigDecimal gap = line.amount().gap(last.amount());
        BigDecimal unit = line.amount().unitStep().max(last.amount().unitStep());
        Severity severity = gap.compareTo(unit) <= 0 ? Severity.WARNING : Severity.ERROR;
        int year = current.identity().year() - 1;
        String kind = current.identity().kind() == DocumentKind.BUDGET ? "预算" : "决算";
        BigDecimal difference = line.amount().middle().subtract(last.amount().middle()).abs()
                .setScale(Math.max(2, unit.stripTrailingZeros().scale()), RoundingMode.HALF_UP);
        String derived = line.explicit() ? "" : "，推得" + year + "年为" + line.amount().printed();
        String message = "本文件“" + line.metric() + "”" + line.reasoning() + derived
                + "；而" + year + "年度" + kind + "文件《" + last.source() + "》第" + last.evidence().page() + "页所列为"
                + last.raw() + "（相差约" + difference.toPlainString() + "万元）。上年数应与上年文件一致，如上年数据经调整，请在文中说明";
        return new Finding(id, RULE_ID, RULE_NAME, severity, message, line.amount().printed(), last.raw(),
                new ValueRange(last.amount().low(), last.amount().high()), line.evidence(), line.figureIds(),
                fingerprint(line.evidence().sentence(), line.stated(), last.raw()));
    }

    private static List<Finding> renumber(List<Finding> findings, int before) {
        List<Finding> numbered = new ArrayList<>();
        for (Finding f : findings) {
            numbered.add(new Finding("k" + (before + numbered.size() + 1), f.ruleId(), f.ruleName(), f.severity(), f.message(),
                    f.stated(), f.expected(), f.expectedRange(), f.evidence(), f.figureIds(), f.fingerprint(), f.cells()));
        }
        return numbered;
    }

    /** Rule, this document's sentence without spaces, its change, and last year's figure: stable across runs. */
    static String fingerprint(String sentence, String stated, String previous) {
        String key = RULE_ID + "|" + sentence.replaceAll("\\s+", "") + "|" + stated + "|" + previous;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
