package org.juesuan.ingest.eval.perturb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.ingest.eval.table.GoldTableFile;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Evidence;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.junit.jupiter.api.Test;

/**
 * How the findings a variant adds are judged and counted. The checker here is a stand-in written
 * for the test (the table rules live elsewhere): it reports a missing table without citing a cell,
 * and, as a false alarm on every variant, a warning on the first cell of the first table.
 */
class PerturbationEvaluationTest {
    private static Finding finding(String rule, Severity severity, String message, List<CellRef> cells) {
        return new Finding("k1", rule, "规则", severity, message, null, null, null, new Evidence("", 1, null, "", 0, 0),
                List.of(), rule + message, cells);
    }

    private static Variant variant(Defect defect, List<CellRef> cells) {
        return new Variant(defect, "test", base(List.of()), List.of("t2"), cells, "收入决算表");
    }

    private static Disclosure base(List<Table> tables) {
        DocumentInfo info = new DocumentInfo("a".repeat(64), "doc.pdf", DocumentFormat.PDF, 1, "决算", "局", 2024);
        return new Disclosure(Disclosure.SCHEMA_VERSION, info, "", List.of(), List.of(), tables, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aFindingIsTrueWhenItCitesThePerturbedCellOrItsRowOrColumn() {
        Variant changed = variant(Defect.CHANGED_CELL, List.of(new CellRef("t2", 5, 4)));
        assertTrue(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "m", List.of(new CellRef("t2", 5, 4)))));
        assertTrue(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "row total", List.of(new CellRef("t2", 5, 3)))));
        assertTrue(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "column total", List.of(new CellRef("t2", 3, 4)))));
        assertFalse(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "elsewhere", List.of(new CellRef("t2", 6, 5)))));
        assertFalse(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "another table", List.of(new CellRef("t3", 5, 4)))));
        assertFalse(PerturbationEvaluation.isTrue(changed, finding("r", Severity.ERROR, "narrative", List.of())));
        Variant removed = variant(Defect.REMOVED_TABLE, List.of());
        assertTrue(PerturbationEvaluation.isTrue(removed, finding("r", Severity.ERROR, "缺少收入决算表", List.of(new CellRef("t1", 0, 0)))));
        assertTrue(PerturbationEvaluation.isTrue(removed, finding("r", Severity.ERROR, "缺表", List.of())));
        assertFalse(PerturbationEvaluation.isTrue(removed, finding("r", Severity.ERROR, "其他", List.of(new CellRef("t1", 0, 0)))));
    }

    @Test
    void aTailCountsAtTheWarningLevelOnlyForTheDefectThatDeservesNoMore() {
        Finding tail = finding("r", Severity.INFO, "尾差", List.of(new CellRef("t2", 5, 4)));
        assertTrue(PerturbationEvaluation.Level.WARNING.counts(tail, Defect.CROSS_TABLE_CENT));
        assertFalse(PerturbationEvaluation.Level.ERROR.counts(tail, Defect.CROSS_TABLE_CENT));
        for (Defect defect : Defect.values()) {
            if (defect != Defect.CROSS_TABLE_CENT) {
                assertFalse(PerturbationEvaluation.Level.WARNING.counts(tail, defect), defect + " deserves a warning at least");
            }
        }
        Finding warning = finding("r", Severity.WARNING, "看一看", List.of());
        assertTrue(PerturbationEvaluation.Level.WARNING.counts(warning, Defect.CHANGED_CELL));
        assertFalse(PerturbationEvaluation.Level.ERROR.counts(warning, Defect.CROSS_TABLE_CENT));
    }

    @Test
    void recallAndPrecisionPerDefectAndPerRuleAtEachLevel() throws IOException {
        List<Table> tables = PerturbationCorpus.fromGold(GoldTableFile.readFolder(IngestFixtures.corpus("real/tables/putuo-finance-bureau-2024")));
        Disclosure disclosure = base(tables);
        UnaryOperator<Disclosure> checker = d -> {
            List<Finding> findings = new ArrayList<>();
            if (d.tables().size() < 9) {
                findings.add(finding("missing-table", Severity.ERROR, "缺少一张表", List.of()));
            }
            if (!d.tables().get(0).cells().equals(tables.get(0).cells()) || d.tables().size() < 9 || !d.tables().equals(tables)) {
                findings.add(finding("noisy", Severity.WARNING, "看一看", List.of(new CellRef("t1", 0, 0))));
            }
            return new Disclosure(d.schemaVersion(), d.document(), d.text(), d.blocks(), d.sections(), d.tables(), d.figures(),
                    d.statements(), findings, d.warnings());
        };
        List<Variant> variants = new TablePerturber(3).variants(disclosure, 2);
        PerturbationEvaluation.Report report = PerturbationEvaluation.run("doc", disclosure, variants, checker);
        PerturbationScore removedAtError = report.byDefect(PerturbationEvaluation.Level.ERROR).get(Defect.REMOVED_TABLE);
        assertEquals(2, removedAtError.variants());
        assertEquals(2, removedAtError.caught());
        assertEquals(1.0, removedAtError.precision());
        PerturbationScore changedAtWarning = report.byDefect(PerturbationEvaluation.Level.WARNING).get(Defect.CHANGED_CELL);
        assertEquals(0, changedAtWarning.caught(), "the noisy warning cites a header cell, not the changed one");
        PerturbationScore noisy = report.byRule(PerturbationEvaluation.Level.WARNING).get("noisy");
        assertEquals(variants.size(), noisy.falseFindings() + noisy.trueFindings());
        assertFalse(report.byRule(PerturbationEvaluation.Level.ERROR).containsKey("noisy"), "a warning does not count at error level");
        PerturbationScore all = report.total(PerturbationEvaluation.Level.ERROR);
        assertEquals(variants.size(), all.variants());
        assertEquals(2, all.caught());
        assertEquals(2.0 / variants.size(), all.recall(), 1e-12);
    }
}
