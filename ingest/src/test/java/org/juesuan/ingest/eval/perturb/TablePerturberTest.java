package org.juesuan.ingest.eval.perturb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.ingest.eval.table.CellGrid;
import org.juesuan.ingest.eval.table.GoldTableFile;
import org.juesuan.model.CellRef;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Table;
import org.juesuan.model.TableValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Variants of the finance bureau's real tables: one defect each, where it says, the same for the same seed. */
class TablePerturberTest {
    private static Disclosure base;

    @BeforeAll
    static void tablesFromTheGold() throws IOException {
        List<Table> tables = PerturbationCorpus.fromGold(GoldTableFile.readFolder(IngestFixtures.corpus("real/tables/putuo-finance-bureau-2024")));
        DocumentInfo info = new DocumentInfo("a".repeat(64), "putuo-finance-bureau-2024.pdf", DocumentFormat.PDF, 25,
                "2024年度部门决算", "上海市普陀区财政局", 2024);
        base = new Disclosure(Disclosure.SCHEMA_VERSION, info, "", List.of(), List.of(), tables, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theSameSeedGivesTheSameVariantsAndAnotherSeedOthers() {
        List<String> first = new TablePerturber(7).variants(base, 4).stream().map(Variant::description).toList();
        List<String> again = new TablePerturber(7).variants(base, 4).stream().map(Variant::description).toList();
        List<String> other = new TablePerturber(8).variants(base, 4).stream().map(Variant::description).toList();
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(first.size(), new HashSet<>(first).size(), "each place drawn once");
    }

    @Test
    void eachVariantChangesExactlyTheCellsItNames() {
        Map<Defect, Integer> seen = new EnumMap<>(Defect.class);
        for (Variant variant : new TablePerturber(11).variants(base, 3)) {
            seen.merge(variant.defect(), 1, Integer::sum);
            if (variant.defect() == Defect.REMOVED_TABLE) {
                assertEquals(base.tables().size() - 1, variant.disclosure().tables().size());
                assertTrue(variant.disclosure().tables().stream().noneMatch(t -> t.id().equals(variant.tableIds().get(0))));
                continue;
            }
            Table before = table(base, variant.tableIds().get(0));
            Table after = table(variant.disclosure(), variant.tableIds().get(0));
            Set<CellRef> changed = new HashSet<>();
            for (int row = 0; row < before.rows(); row++) {
                for (int column = 0; column < before.columns(); column++) {
                    if (!before.cellAt(row, column).text().equals(after.cellAt(row, column).text())) {
                        changed.add(new CellRef(before.id(), row, column));
                        TableValue value = valueAt(after, row, column);
                        assertEquals(CellGrid.of(List.of(List.of(after.cellAt(row, column).text()))).rows().isEmpty()
                                ? CellValueKind.BLANK : CellValueKind.NUMBER, value.kind(), variant.description() + ": the line says what the cell says");
                    }
                }
            }
            List<CellRef> named = variant.defect() == Defect.CROSS_TABLE_CENT ? variant.cells().subList(0, 1) : variant.cells();
            assertTrue(new HashSet<>(named).containsAll(changed) && !changed.isEmpty(), variant.description() + ": changed " + changed);
            if (variant.defect() != Defect.SHIFTED_COLUMN) {
                assertEquals(1, changed.size(), variant.description());
            }
        }
        assertEquals(Defect.values().length, seen.size(), "every defect made: " + seen);
    }

    @Test
    void numbersChangeInTheirOwnStyle() {
        assertEquals("21.64", NumberText.oneUnitMore("21.63"));
        assertEquals("9,501,165", NumberText.oneUnitMore("9,501,164"));
        assertEquals("2,996.00", NumberText.oneUnitMore("2,995.99"));
        for (int seed = 0; seed < 20; seed++) {
            String swapped = NumberText.swapped("326.71", new Random(seed));
            assertTrue(Set.of("236.71", "362.71", "326.17").contains(swapped), swapped);
        }
        assertNull(NumberText.swapped("0.00", new Random(1)), "no two different adjacent digits");
        for (int seed = 0; seed < 50; seed++) {
            String changed = NumberText.changed("2,106.66", new Random(seed));
            assertNotEquals("2,106.66", changed);
            assertTrue(changed.matches("[1-9],\\d{3}\\.\\d6"), changed + ": one digit, never the last, no leading 0");
        }
    }

    private static Table table(Disclosure disclosure, String id) {
        return disclosure.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static TableValue valueAt(Table table, int row, int column) {
        List<TableValue> values = new ArrayList<>();
        table.lines().stream().filter(l -> l.row() == row).forEach(l -> values.addAll(l.values()));
        return values.stream().filter(v -> v.column() == column).findFirst().orElseThrow();
    }
}
