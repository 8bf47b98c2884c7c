package org.juesuan.ingest.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;

/**
 * How the findings of one document compare with its expectations.
 *
 * @param document      the document's file name
 * @param half          the half of the corpus it belongs to (see {@link CorpusSplit})
 * @param byRule        counts per rule id
 * @param missed        defects no finding matched
 * @param falseFindings findings that match no expected defect
 * @param falseAlarms   findings on statements the expectations call consistent (also among falseFindings)
 * @param alarms        the totals counting only errors and warnings, found and expected
 */
public record DocumentScore(String document, String half, Map<String, RuleScore> byRule, List<Expectation> missed,
                            List<Finding> falseFindings, List<Finding> falseAlarms, RuleScore alarms) {
    public DocumentScore {
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(alarms, "alarms");
        byRule = Map.copyOf(byRule);
        missed = List.copyOf(missed);
        falseFindings = List.copyOf(falseFindings);
        falseAlarms = List.copyOf(falseAlarms);
    }

    public static DocumentScore of(String document, String half, List<Finding> findings, List<Expectation> expectations) {
        List<Finding> alarming = findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
        List<Expectation> expectedAlarms = expectations.stream()
                .filter(e -> !e.defect() || !e.severity().equals(Severity.INFO.name())).toList();
        RuleScore alarms = score(document, half, alarming, expectedAlarms, RuleScore.ZERO).total();
        return score(document, half, findings, expectations, alarms);
    }

    private static DocumentScore score(String document, String half, List<Finding> findings, List<Expectation> expectations,
                                       RuleScore alarms) {
        Map<String, RuleScore> byRule = new TreeMap<>();
        List<Expectation> missed = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        for (Expectation expected : expectations) {
            if (!expected.defect()) {
                continue;
            }
            List<Finding> hits = findings.stream().filter(expected::matches).toList();
            if (hits.isEmpty()) {
                missed.add(expected);
                byRule.merge(expected.ruleId(), new RuleScore(0, 0, 1, 0), RuleScore::plus);
            } else {
                boolean severity = hits.stream().anyMatch(f -> f.severity().name().equals(expected.severity()));
                byRule.merge(expected.ruleId(), new RuleScore(1, 0, 0, severity ? 1 : 0), RuleScore::plus);
                matched.addAll(hits);
            }
        }
        List<Finding> falseFindings = new ArrayList<>();
        List<Finding> falseAlarms = new ArrayList<>();
        for (Finding finding : findings) {
            if (matched.contains(finding)) {
                continue;
            }
            falseFindings.add(finding);
            byRule.merge(finding.ruleId(), new RuleScore(0, 1, 0, 0), RuleScore::plus);
            if (expectations.stream().anyMatch(e -> !e.defect() && e.matches(finding))) {
                falseAlarms.add(finding);
            }
        }
        return new DocumentScore(document, half, byRule, missed, falseFindings, falseAlarms, alarms);
    }

    public RuleScore total() {
        return byRule.values().stream().reduce(RuleScore.ZERO, RuleScore::plus);
    }
}
