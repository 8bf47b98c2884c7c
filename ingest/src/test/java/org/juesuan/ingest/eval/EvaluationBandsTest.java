package org.juesuan.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The seed in five formats, 22 labelled defects each: every one found, nothing else. */
    @Test
    void seedIsFoundWholeAndNothingElse() throws Exception {
        CorpusEvaluation.Report report = evaluate("seed");
        RuleScore total = report.total();
        assertEquals(110, total.truePositives(), "defects found (22 × 5 formats): a change here means the labels or the checks moved");
        assertEquals(0, total.falsePositives(), "findings no reviewer asked for");
        assertEquals(0, total.falseNegatives(), "labelled defects missed");
        assertEquals(110, total.severityAgreed(), "severity as labelled");
        report.figures().forEach((kind, score) -> {
            assertEquals(1.0, score.precision(), kind + " precision");
            assertEquals(1.0, score.recall(), kind + " recall");
        });
    }

    /**
     * The real disclosures: 33 labelled defects measured (14 in the text, 19 from the table rules: 16
     * rounding tails and 3 text amounts against their tables), no false finding, never a false error.
     */
    @Test
    void realDisclosuresStayWithinTheirBands() throws Exception {
        CorpusEvaluation.Report report = evaluate("real");
        RuleScore total = report.total();
        assertTrue(total.truePositives() >= 32 && total.truePositives() <= 33, "found " + total.truePositives() + " of 33");
        assertTrue(total.falsePositives() <= 1, "false findings: " + total.falsePositives());
        long falseErrors = report.documents().stream().flatMap(d -> d.falseFindings().stream())
                .filter(f -> f.severity() == Severity.ERROR).count();
        assertEquals(0, falseErrors, "a false error on a real disclosure");
    }
}
