package org.juesuan.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Severity;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the headline figures of the evaluation inside bands, so a drop fails and an unexplained jump
 * asks for the band to be raised. The measured tables are written to target/evaluation-*.txt.
 */
class EvaluationBandsTest {
    private static DisclosureReader reader;
    private static Checker checker;

    @BeforeAll
    static void assemble() {
        reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
        checker = Checker.standard();
    }

    private static CorpusEvaluation.Report evaluate(String corpus) throws Exception {
        Path folder = Path.of(System.getProperty("juesuan.root", ".."), "corpus", corpus);
        // every rule that stopped with an internal error on a document (the checker notes it and goes on)
        List<String> ruleFailures = new ArrayList<>();
        CorpusEvaluation.Report report = new CorpusEvaluation(reader, read -> {
            Disclosure checked = checker.apply(read);
            checked.warnings().stream().filter(w -> w.code() == WarningCode.RULE_FAILED)
                    .forEach(w -> ruleFailures.add(read.document().sourceName() + ": " + w.message()));
            return checked;
        }).evaluate(folder);
        assertEquals(List.of(), ruleFailures, "rules that failed on a document of corpus/" + corpus);
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
     * The real disclosures, split (corpus/real/split.tsv). Held back: the planning bureau, the ecology
     * report, and two budgets a second reviewer labelled blind (the city finance bureau 2025, 万里 2025)
     * and no reading was written against: at error + warning level 15 of 20 found with no false finding
     * (0.750; the five missed: two building areas that do not add up in 万里 2025's project pages, a
     * class path, two empty tables explained only in the text) — issue 10's 0.90 is not met on them;
     * 35 of 49 at any severity. Development: 46 of 55 (38 of 39 at error + warning; 28 and 21 before
     * the session that labelled 江苏 2019, 万里 2023 and the welfare home blind and read their misses, 43
     * and 36 before project-funds and target-forms-total read 万里 2023's 绩效目标 forms, 45 before a list
     * item's change of style, 2． then 3、, was told), one false one,
     * an INFO (江苏's set has no 国有资本经营 table; its other, a numbering skip at 注：1. … 2., is gone). No
     * real document gets a false error.
     */
    @Test
    void realDisclosuresStayWithinTheirBands() throws Exception {
        CorpusEvaluation.Report report = evaluate("real");
        assertEquals(List.of("development", "held-back"), report.halves(), "the halves of split.tsv");
        RuleScore heldBack = report.half("held-back").alarms();
        assertTrue(heldBack.recall() >= 0.70, "held-back recall " + heldBack);
        assertTrue(heldBack.precision() >= 0.97, "held-back precision " + heldBack);
        assertTrue(heldBack.truePositives() >= 14 && heldBack.truePositives() <= 15, "held-back found " + heldBack + " of 20");
        assertTrue(report.half("held-back").total().truePositives() >= 34, "held-back, any severity: " + report.half("held-back").total());
        RuleScore development = report.half("development").total();
        assertTrue(development.truePositives() >= 45 && development.truePositives() <= 46, "development found " + development + " of 55");
        assertTrue(development.falsePositives() <= 1, "development false findings: " + development.falsePositives());
        assertEquals(0, report.half("development").alarms().falsePositives(), "development false errors and warnings");
        RuleScore total = report.total();
        assertTrue(total.truePositives() >= 80 && total.truePositives() <= 81, "found " + total.truePositives() + " of 104");
        assertTrue(total.falsePositives() <= 1, "false findings, any severity: " + total.falsePositives());
        long falseErrors = report.documents().stream().flatMap(d -> d.falseFindings().stream())
                .filter(f -> f.severity() == Severity.ERROR).count();
        assertEquals(0, falseErrors, "a false error on a real disclosure");
    }
}
