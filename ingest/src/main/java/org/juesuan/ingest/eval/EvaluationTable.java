package org.juesuan.ingest.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.juesuan.model.Finding;
import org.juesuan.model.FigureKind;

/**
 * Prints an evaluation as a table a developer reads: per rule, overall and at error + warning level
 * (each half of a split corpus, then all halves), per figure kind, then the misses.
 */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    public static void print(CorpusEvaluation.Report report, PrintWriter out) {
        List<String> halves = report.halves();
        if (halves.size() > 1) {
            for (String half : halves) {
                out.println("## " + half);
                rules(report.half(half), out);
                out.println();
            }
            out.println("## all halves");
        }
        rules(report, out);
        if (!report.figures().isEmpty()) {
            out.println();
            out.println("figures                  TP   FP   FN  precision  recall     F1");
            for (Map.Entry<FigureKind, RuleScore> kind : report.figures().entrySet()) {
                row(out, kind.getKey().name(), kind.getValue());
            }
        }
        for (DocumentScore document : report.documents()) {
            if (document.missed().isEmpty() && document.falseFindings().isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + document.document() + (document.half().equals(CorpusSplit.WHOLE) ? "" : "  (" + document.half() + ")"));
            for (Expectation missed : document.missed()) {
                out.println("  missed  " + missed.ruleId() + "  " + missed.anchor() + (missed.stated().isEmpty() ? "" : "  [" + missed.stated() + "]"));
            }
            for (Finding extra : document.falseFindings()) {
                String alarm = document.falseAlarms().contains(extra) ? "  (on a consistent statement)" : "";
                out.println("  false   " + extra.ruleId() + "  " + extra.severity() + "  " + extra.message() + alarm);
            }
        }
        out.flush();
    }

    private static void rules(CorpusEvaluation.Report report, PrintWriter out) {
        out.println("rule                     TP   FP   FN  precision  recall     F1  severity-agreed");
        for (Map.Entry<String, RuleScore> rule : report.byRule().entrySet()) {
            row(out, rule.getKey(), rule.getValue());
        }
        row(out, "ALL", report.total());
        row(out, "ALL error+warning", report.alarms());
    }

    private static void row(PrintWriter out, String name, RuleScore score) {
        out.println(String.format(Locale.ROOT, "%-22s %4d %4d %4d  %9.3f %7.3f %6.3f  %d/%d", name, score.truePositives(),
                score.falsePositives(), score.falseNegatives(), score.precision(), score.recall(), score.f1(),
                score.severityAgreed(), score.truePositives()));
    }
}
