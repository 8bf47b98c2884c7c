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
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.ingest.eval.perturb.Defect;
import org.juesuan.ingest.eval.perturb.PerturbationCorpus;
import org.juesuan.ingest.eval.perturb.PerturbationEvaluation.Level;
import org.juesuan.ingest.eval.perturb.PerturbationScore;
import org.juesuan.ingest.eval.perturb.PerturbationTable;
import org.juesuan.ingest.eval.table.TableEvaluation;
import org.juesuan.ingest.eval.table.TableEvaluationTable;
import org.juesuan.ingest.eval.table.TableScore;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the table figures of the evaluation inside bands: cell accuracy of the tables read from the
 * real PDFs against the hand-verified gold, and what the checks make of seeded single-defect
 * variants of those tables. The measured tables are written to target/evaluation-tables.txt.
 */
class TableEvaluationBandsTest {
    /** Seed and size of the perturbation run: the same as {@code juesuan eval}'s defaults. */
    private static final long SEED = 20241231L;
    private static final int VARIANTS_PER_DEFECT = 5;
    /**
     * Cell accuracy over the 54 gold tables, measured 1.0000 (4,847 of 4,847; 0.8917 before issue 9,
     * when the Excel budget's captions, drawn after its grids, were given to the next table). The
     * issue's gate is 0.99 on every document.
     */
    private static final double CELL_ACCURACY_FLOOR = 0.99;
    /** Read cells where the gold has none: measured 0 (317 before issue 9). */
    private static final int FALSE_CELLS_CEILING = 0;
    /**
     * Variants caught at error level, measured 98 of 149 (0.658), and at warning level 149 of 149
     * (1.000): the other defects 124 of 124, the 25 one-cent gaps between two tables at INFO, the level
     * issue 9 gives them (147 of 149 when such a gap in one unit was a warning, and only warnings
     * counted; 142, 0.953, before each fund's income was held between the two summaries, a budget's
     * income by function against its spending, and a budget's 预算为 figures bound as its values; the
     * issue's gate is 0.95), with the defects put in the
     * tables the reader trusts; 0.525 and 0.576 of 139 before issue 9.
     */
    private static final double ERROR_RECALL_FLOOR = 0.65;
    private static final double WARNING_RECALL_FLOOR = 0.97;

    private static TableEvaluation.Report tables;
    private static PerturbationCorpus.Run perturbations;

    @BeforeAll
    static void evaluate() throws Exception {
        Checker checker = Checker.standard();
        CorpusEvaluation documents = new CorpusEvaluation(DisclosureReader.standard(ReadingLimits.DEFAULT), checker);
        tables = new TableEvaluation(documents::read).evaluate(IngestFixtures.corpus("real"));
        perturbations = PerturbationCorpus.run(tables, checker, SEED, VARIANTS_PER_DEFECT);
        StringWriter text = new StringWriter();
        TableEvaluationTable.print(tables, new PrintWriter(text));
        text.write(System.lineSeparator());
        PerturbationTable.print(perturbations, new PrintWriter(text));
        System.out.println("# corpus/real tables\n" + text);
        Files.writeString(Path.of("target", "evaluation-tables.txt"), text.toString(), StandardCharsets.UTF_8);
    }

    /** The gold itself: 54 tables of six documents, 4,847 cells with text; a change here means the gold moved. */
    @Test
    void theGoldIsWhole() {
        TableScore total = tables.total();
        assertEquals(54, total.tables(), "hand-verified gold tables");
        assertEquals(4847, total.goldCells(), "gold cells with text");
        assertTrue(tables.documents().stream().anyMatch(TableEvaluation.DocumentTables::secondOpinion),
                "the ecology extraction's page tables are scored as a second opinion");
    }

    @Test
    void cellAccuracyStaysWithinItsBand() {
        TableScore total = tables.total();
        assertTrue(total.cellAccuracy() >= CELL_ACCURACY_FLOOR, "cell accuracy " + total.cellAccuracy());
        assertTrue(total.falseCells() <= FALSE_CELLS_CEILING, "false cells " + total.falseCells());
        assertTrue(total.found() >= 54, "gold tables matched to a read table: " + total.found());
        assertTrue(total.kindAgreed() >= 54, "kind agreed: " + total.kindAgreed());
        for (TableEvaluation.DocumentTables document : tables.documents()) {
            if (!document.secondOpinion()) {
                assertTrue(document.total().cellAccuracy() >= CELL_ACCURACY_FLOOR, document.document() + " " + document.total().cellAccuracy());
            }
        }
    }

    /** Every defect is tried on real tables, and nothing is ever raised about something that was not perturbed. */
    @Test
    void perturbationsRunAndRaiseNoFalseError() {
        PerturbationScore errors = perturbations.report().total(Level.ERROR);
        assertTrue(errors.variants() >= 140, "variants run: " + errors.variants());
        assertEquals(0, errors.falseFindings(), "errors on variants that do not cite the perturbation");
        assertEquals(6, perturbations.report().byDefect(Level.WARNING).size(), "every kind of defect tried");
        assertEquals(0, perturbations.report().total(Level.WARNING).falseFindings(), "warnings that do not cite the perturbation");
        List<Finding> centErrors = perturbations.report().outcomes().stream()
                .filter(o -> o.variant().defect() == Defect.CROSS_TABLE_CENT)
                .flatMap(o -> o.added().stream()).filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), centErrors, "a one-cent gap between two tables is never an error");
    }

    /** The share of variants the checks catch, at error level and counting warnings too. */
    @Test
    void perturbationRecallStaysWithinItsBand() {
        assertTrue(perturbations.report().total(Level.ERROR).recall() >= ERROR_RECALL_FLOOR,
                "recall at error level " + perturbations.report().total(Level.ERROR).recall());
        assertTrue(perturbations.report().total(Level.WARNING).recall() >= WARNING_RECALL_FLOOR,
                "recall at warning level " + perturbations.report().total(Level.WARNING).recall());
    }
}
