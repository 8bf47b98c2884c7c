package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader over the hand-verified gold grids of real tables (final accounts and budgets from four
 * producers), each given its printed caption and unit line as the lines before it: the kind, unit,
 * header rows and caption must be the gold's, and every table of the nine must be trusted.
 */
class GoldGridsTest {
    static List<GoldGrids> gold() {
        return GoldGrids.all();
    }

    @Test
    void theGoldIsThere() {
        assertTrue(gold().size() >= 54, "gold tables: " + gold().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void readsAsTheGoldSays(GoldGrids gold) {
        String unit = gold.header().get("unit");
        Table table = new TableReader().read(Grids.table(gold.rows()),
                List.of(gold.caption(), unit.isEmpty() ? "" : "单位：" + unit));
        assertEquals(TableKind.valueOf(gold.header().get("kind")), table.kind(), "kind");
        assertEquals(unit, table.unit(), "unit");
        assertEquals(gold.caption(), table.caption(), "caption");
        assertEquals(Integer.parseInt(gold.header().get("header-rows")), table.headerRows(), "header rows");
        if (table.kind().isNine()) {
            assertTrue(table.confident(), table.notes().toString());
        }
    }
}
