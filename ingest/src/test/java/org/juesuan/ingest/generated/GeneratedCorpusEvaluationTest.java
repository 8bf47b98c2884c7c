package org.juesuan.ingest.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.eval.CorpusEvaluation;
import org.juesuan.ingest.eval.EvaluationTable;
import org.juesuan.ingest.eval.RuleScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the checks at scale on a generated corpus whose every defect is known, and holds the
 * headline figures and each rule's inside a band.
 */
class GeneratedCorpusEvaluationTest {
    private static final long SEED = 20240611L;
    private static final int DOCUMENTS = 120;

    @TempDir
    Path temp;

    @Test
    void theChecksFindTheInjectedDefectsAndNothingElse() throws Exception {
        Path corpus = Boolean.getBoolean("juesuan.generated.keep") ? fresh(Paths.get("target", "generated-corpus")) : temp;
        new GeneratedCorpus(SEED).write(corpus, DOCUMENTS);
        CorpusEvaluation.Report report = new CorpusEvaluation(DisclosureReader.standard(ReadingLimits.DEFAULT), Checker.standard())
                .evaluate(corpus);
        StringWriter table = new StringWriter();
        EvaluationTable.print(report, new PrintWriter(table));
        System.out.println(table);
        RuleScore all = report.total();
        OVERALL.hold("ALL", all);
        assertEquals(all.truePositives(), all.severityAgreed(), "every defect found must carry the severity its rule's policy gives");
        for (Map.Entry<String, Band> band : BY_RULE.entrySet()) {
            RuleScore score = report.byRule().get(band.getKey());
            assertNotNull(score, band.getKey() + " never spoke and was never expected");
            assertTrue(score.truePositives() > 0, band.getKey() + " found none of its injected defects");
            band.getValue().hold(band.getKey(), score);
        }
        assertEquals(BY_RULE.keySet(), report.byRule().keySet(), "a rule without a band");
    }

    /**
     * Where a score must lie: measured, with a little room either way so that an unexplained jump
     * (better or worse) fails too and the band is moved on purpose.
     */
    record Band(double minPrecision, double maxPrecision, double minRecall, double maxRecall) {
        static final Band PERFECT = new Band(1, 1, 1, 1);

        void hold(String rule, RuleScore score) {
            assertTrue(score.precision() >= minPrecision && score.precision() <= maxPrecision,
                    rule + ": precision " + score.precision() + " outside [" + minPrecision + ", " + maxPrecision + "]");
            assertTrue(score.recall() >= minRecall && score.recall() <= maxRecall,
                    rule + ": recall " + score.recall() + " outside [" + minRecall + ", " + maxRecall + "]");
        }
    }

    /**
     * Targets are recall ≥ 0.98 and precision ≥ 0.99. Measured: 214 of 214 injected defects found (206 before conflicting-value spoke at both places), no
     * false finding, once the binders folded traditional characters and the list items were allowed
     * 60 characters before their amount (both gaps this corpus showed at 0.875 / 0.985). Every rule
     * is held at 1; a rule the generator never injects (side-total, rate-without-percent) must stay
     * silent, or it shows up here without a band.
     */
    private static final Band OVERALL = new Band(0.99, 1.0, 0.98, 1.0);
    private static final Map<String, Band> BY_RULE = bands();

    private static Map<String, Band> bands() {
        Map<String, Band> bands = new TreeMap<>();
        for (String rule : List.of("change-direction", "change-rate", "change-zero-base", "classification-code", "completion",
                "components-sum", "conflicting-value", "doubled-total", "duplicate-caption", "numbering", "operating-costs",
                "reception-counts", "restated-figure", "share", "shares-total", "staffing", "template-residue", "three-public-sum",
                "truncated-year")) {
            bands.put(rule, Band.PERFECT);
        }
        return bands;
    }

    private static Path fresh(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
