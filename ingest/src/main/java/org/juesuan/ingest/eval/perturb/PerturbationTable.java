package org.juesuan.ingest.eval.perturb;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints the perturbation run: recall per defect, recall and precision per rule, at error and at warning level. */
public final class PerturbationTable {
    private PerturbationTable() {
    }

    public static void print(PerturbationCorpus.Run run, PrintWriter out) {
        PerturbationEvaluation.Report report = run.report();
        out.println("perturbations (one defect per variant; tables from: " + String.join(", ", run.bases()) + ")");
        for (PerturbationEvaluation.Level level : PerturbationEvaluation.Level.values()) {
            out.println("level " + level + (level == PerturbationEvaluation.Level.WARNING
                    ? " (warnings and errors; infos too for " + Defect.CROSS_TABLE_CENT + ", a tail at most)" : ""));
            out.println("  defect / rule                 variants caught  recall  true false  precision");
            for (Map.Entry<Defect, PerturbationScore> defect : report.byDefect(level).entrySet()) {
                row(out, defect.getKey().name(), defect.getValue());
            }
            for (Map.Entry<String, PerturbationScore> rule : report.byRule(level).entrySet()) {
                row(out, "rule " + rule.getKey(), rule.getValue());
            }
            row(out, "ALL", report.total(level));
        }
        for (PerturbationEvaluation.Outcome outcome : report.outcomes()) {
            if (outcome.correct().stream().noneMatch(f -> PerturbationEvaluation.Level.WARNING.counts(f, outcome.variant().defect()))) {
                String info = outcome.correct().isEmpty() ? "" : "  (only " + outcome.correct().get(0).ruleId() + " "
                        + outcome.correct().get(0).severity() + ")";
                out.println("  missed  " + outcome.document() + "  " + outcome.variant().defect() + "  " + outcome.variant().description()
                        + info);
            }
            outcome.added().stream().filter(f -> !outcome.correct().contains(f)).forEach(f -> out.println("  false   "
                    + outcome.document() + "  " + f.ruleId() + "  " + f.severity() + "  " + f.message()
                    + "  (on " + outcome.variant().description() + ")"));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, PerturbationScore s) {
        out.println(String.format(Locale.ROOT, "  %-30s %8d %6d  %6.3f %5d %5d  %9.3f", name, s.variants(), s.caught(), s.recall(),
                s.trueFindings(), s.falseFindings(), s.precision()));
    }
}
