package org.juesuan.ingest.eval.perturb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;

/**
 * Runs the checker over a disclosure and over each of its variants, and judges what the variant
 * added: a new finding is true when it cites a perturbed cell, or a cell in the same row or column
 * of the same table (the total or the part the changed cell adds up with: it states the perturbed
 * relation), or, for a removed table, when it cites no cell or names the table. It knows the rules
 * only by the findings' rule ids and cells.
 */
public final class PerturbationEvaluation {
    /**
     * Which findings count: errors only, or warnings and errors — and, at that second level, a tail
     * (INFO) on a variant whose defect deserves no more (a one-unit gap between two tables).
     */
    public enum Level {
        ERROR, WARNING;

        boolean counts(Finding finding, Defect defect) {
            return switch (finding.severity()) {
                case ERROR -> true;
                case WARNING -> this == WARNING;
                case INFO -> this == WARNING && defect.deserved() == Severity.INFO;
            };
        }
    }

    /** One variant: the findings the checker added on it, and those of them judged true. */
    public record Outcome(String document, Variant variant, List<Finding> added, List<Finding> correct) {
        public Outcome {
            added = List.copyOf(added);
            correct = List.copyOf(correct);
        }
    }

    public record Report(List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public Report plus(Report other) {
            List<Outcome> all = new ArrayList<>(outcomes);
            all.addAll(other.outcomes);
            return new Report(all);
        }

        public PerturbationScore total(Level level) {
            return outcomes.stream().map(o -> score(o, level, null)).reduce(PerturbationScore.ZERO, PerturbationScore::plus);
        }

        public Map<Defect, PerturbationScore> byDefect(Level level) {
            Map<Defect, PerturbationScore> scores = new TreeMap<>();
            outcomes.forEach(o -> scores.merge(o.variant().defect(), score(o, level, null), PerturbationScore::plus));
            return scores;
        }

        /** Per rule: its recall over every variant, its precision over its own new findings. */
        public Map<String, PerturbationScore> byRule(Level level) {
            Map<String, PerturbationScore> scores = new TreeMap<>();
            outcomes.forEach(o -> o.added().stream().filter(f -> level.counts(f, o.variant().defect()))
                    .forEach(f -> scores.putIfAbsent(f.ruleId(), PerturbationScore.ZERO)));
            for (String rule : List.copyOf(scores.keySet())) {
                outcomes.forEach(o -> scores.merge(rule, score(o, level, rule), PerturbationScore::plus));
            }
            return scores;
        }

        private static PerturbationScore score(Outcome outcome, Level level, String rule) {
            Defect defect = outcome.variant().defect();
            java.util.function.Predicate<Finding> counted = f -> level.counts(f, defect) && (rule == null || f.ruleId().equals(rule));
            int correct = (int) outcome.correct().stream().filter(counted).count();
            int added = (int) outcome.added().stream().filter(counted).count();
            return new PerturbationScore(1, correct > 0 ? 1 : 0, correct, added - correct);
        }
    }

    private PerturbationEvaluation() {
    }

    public static Report run(String document, Disclosure base, List<Variant> variants, UnaryOperator<Disclosure> checker) {
        Map<String, Integer> before = counts(checker.apply(base).findings());
        List<Outcome> outcomes = new ArrayList<>();
        for (Variant variant : variants) {
            Map<String, Integer> left = new HashMap<>(before);
            List<Finding> added = new ArrayList<>();
            for (Finding finding : checker.apply(variant.disclosure()).findings()) {
                if (left.merge(key(finding), -1, Integer::sum) < 0) {
                    added.add(finding);
                }
            }
            outcomes.add(new Outcome(document, variant, added, added.stream().filter(f -> isTrue(variant, f)).toList()));
        }
        return new Report(outcomes);
    }

    /** Whether a finding the variant added is about the perturbation. */
    static boolean isTrue(Variant variant, Finding finding) {
        if (variant.defect() == Defect.REMOVED_TABLE) {
            return finding.cells().isEmpty() || finding.message().contains(variant.tableName());
        }
        for (CellRef cited : finding.cells()) {
            for (CellRef changed : variant.cells()) {
                if (cited.tableId().equals(changed.tableId()) && (cited.row() == changed.row() || cited.column() == changed.column())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A finding as the same finding on the unperturbed disclosure would be: rule, severity, message, cells. */
    private static String key(Finding finding) {
        return finding.ruleId() + '|' + finding.severity() + '|' + finding.message() + '|' + finding.cells();
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(key(f), 1, Integer::sum));
        return counts;
    }
}
