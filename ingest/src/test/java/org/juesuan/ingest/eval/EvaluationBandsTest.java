package org.juesuan.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the headline figures of the evaluation inside bands, so a drop fails and an unexplained jump
 * asks for the band to be raised. The measured tables are written to target/evaluation-*.txt.
 */
class EvaluationBandsTest {
    private static CorpusEvaluation evaluation;

    @BeforeAll
    static void assemble() {
        evaluation = new CorpusEvaluation(DisclosureReader.standard(ReadingLimits.DEFAULT), Checker.standard());
    }

    private static CorpusEvaluation.Report evaluate(String corpus) throws Exception {
        Path folder = Path.of(System.getProperty("juesuan.root", ".."), "corpus", corpus);
        CorpusEvaluation.Report report = evaluation.evaluate(folder);
        StringWriter table = new StringWriter();
        EvaluationTable.print(report, new PrintWriter(table));
        System.out.println("# corpus/" + corpus + "\n" + table);
        Files.writeString(Path.of("target", "evaluation-" + corpus + ".txt"), table.toString(), StandardCharsets.UTF_8);
        return report;
    }

    /** The seed in five formats, 25 labelled defects each: every one found, nothing else. */
    @Test
    void seedIsFoundWholeAndNothingElse() throws Exception {
        CorpusEvaluation.Report report = evaluate("seed");
        RuleScore total = report.total();
        assertEquals(125, total.truePositives(), "defects found (25 × 5 formats): a change here means the labels or the checks moved");
        assertEquals(0, total.falsePositives(), "findings no reviewer asked for");
        assertEquals(0, total.falseNegatives(), "labelled defects missed");
        assertEquals(125, total.severityAgreed(), "severity as labelled");
        report.figures().forEach((kind, score) -> {
            assertEquals(1.0, score.precision(), kind + " precision");
            assertEquals(1.0, score.recall(), kind + " recall");
        });
    }

    /**
     * The real disclosures, split (corpus/real/split.tsv): the held-back half at error + warning level
     * must keep recall ≥ 0.90 and precision ≥ 0.97 (issue 10; measured 15 of 15, no false finding: 13 in
     * the narrative, 2 text amounts against their tables; 17 until the two classes printed 0.01 apart in
     * two tables went back to INFO, the tail issue 9 grades them), the development half finds its 19
     * defects (12 at error + warning, 7 table rounding tails at INFO; 15 and 9 before the 万里 2024
     * budget was labelled, whose four are warnings) with nothing false, 45 of 45 over both, and no real
     * document gets a false error.
     */
    @Test
    void realDisclosuresStayWithinTheirBands() throws Exception {
        CorpusEvaluation.Report report = evaluate("real");
        assertEquals(List.of("development", "held-back"), report.halves(), "the halves of split.tsv");
        RuleScore heldBack = report.half("held-back").alarms();
        assertTrue(heldBack.recall() >= 0.90, "held-back recall " + heldBack);
        assertTrue(heldBack.precision() >= 0.97, "held-back precision " + heldBack);
        assertTrue(heldBack.truePositives() >= 14 && heldBack.truePositives() <= 15, "held-back found " + heldBack.truePositives() + " of 15");
        RuleScore development = report.half("development").total();
        assertTrue(development.truePositives() >= 18 && development.truePositives() <= 19, "development found " + development.truePositives() + " of 19");
        assertTrue(development.falsePositives() <= 1, "development false findings: " + development.falsePositives());
        RuleScore total = report.total();
        assertTrue(total.truePositives() >= 44 && total.truePositives() <= 45, "found " + total.truePositives() + " of 45");
        assertTrue(total.falsePositives() <= 1, "false findings, any severity: " + total.falsePositives());
        long falseErrors = report.documents().stream().flatMap(d -> d.falseFindings().stream())
                .filter(f -> f.severity() == Severity.ERROR).count();
        assertEquals(0, falseErrors, "a false error on a real disclosure");
    }
}
