package org.juesuan.ingest.eval.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;

/** Cell accuracy as the issue defines it, on gold against itself and on tables made to differ. */
class TableComparisonTest {
    private static GoldTable gold(TableKind kind, int first, int last, List<List<String>> grid) {
        return new GoldTable("doc", 1, "收入支出决算总表", kind, "万元", first, last, 1, "made by hand", grid);
    }

    private static final List<List<String>> GRID = List.of(
            List.of("项目", "决算数", "项目", "决算数"),
            List.of("一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"),
            List.of("", "", "九、卫生健康支出", "60.99"),
            List.of("本年收入合计", "2,946.25", "本年支出合计", "2,940.05"));

    @Test
    void everyGoldTableAgreesWithItselfWhole() throws IOException {
        TableScore total = TableScore.ZERO;
        try (Stream<Path> folders = Files.list(IngestFixtures.corpus("real/tables")).filter(Files::isDirectory)) {
            for (Path folder : folders.toList()) {
                List<GoldTable> gold = GoldTableFile.readFolder(folder);
                List<Table> tables = new ArrayList<>();
                gold.forEach(g -> tables.add(GoldTableModel.toTable(g, "t" + (tables.size() + 1))));
                for (TableEvaluation.TableResult result : TableEvaluation.score(gold, tables, false)) {
                    total = total.plus(result.score());
                }
            }
        }
        assertTrue(total.tables() >= 54, "gold tables " + total.tables());
        assertEquals(total.tables(), total.found());
        assertEquals(total.goldCells(), total.matchedCells());
        assertEquals(0, total.falseCells());
        assertEquals(total.found(), total.kindAgreed());
        assertEquals(total.found(), total.unitAgreed());
        assertEquals(total.found(), total.captionAgreed());
        assertEquals(1.0, total.cellAccuracy());
    }

    @Test
    void aChangedCellAndAnExtraCellAreCountedApart() {
        GoldTable expected = gold(TableKind.INCOME_EXPENDITURE_SUMMARY, 5, 5, GRID);
        List<List<String>> read = new ArrayList<>(GRID);
        read.set(1, List.of("一、一般公共预算财政拨款收入", "2,940.50", "一、一般公共服务支出", "2,106.66"));
        read.set(2, List.of("", "0.00", "九、卫生健康支出", "60.99"));
        TableScore score = TableComparison.score(expected, Optional.of(table(read, TableKind.INCOME_EXPENDITURE_SUMMARY, 5)), false);
        assertEquals(14, score.goldCells());
        assertEquals(13, score.matchedCells());
        assertEquals(1, score.falseCells());
        assertEquals(13.0 / 14, score.cellAccuracy(), 1e-12);
    }

    @Test
    void emptyRowsAndColumnsAndWhitespaceDoNotCount() {
        List<List<String>> read = new ArrayList<>();
        read.add(List.of("", "", "", "", ""));
        GRID.forEach(row -> {
            List<String> cells = new ArrayList<>(List.of(""));
            row.forEach(c -> cells.add(c.isEmpty() ? c : c.charAt(0) + " " + c.substring(1)));
            read.add(cells);
        });
        TableScore score = TableComparison.score(gold(TableKind.INCOME_EXPENDITURE_SUMMARY, 5, 5, GRID),
                Optional.of(table(read, TableKind.INCOME_EXPENDITURE_SUMMARY, 5)), false);
        assertEquals(1.0, score.cellAccuracy());
        assertEquals(0, score.falseCells());
    }

    @Test
    void aColumnShiftedByOneLosesItsCells() {
        List<List<String>> read = GRID.stream().map(row -> {
            List<String> cells = new ArrayList<>(row);
            cells.add(2, "");
            return (List<String>) cells;
        }).toList();
        read.get(0).set(2, "备注");
        TableScore score = TableComparison.score(gold(TableKind.INCOME_EXPENDITURE_SUMMARY, 5, 5, GRID),
                Optional.of(table(read, TableKind.INCOME_EXPENDITURE_SUMMARY, 5)), false);
        assertEquals(6, score.matchedCells(), "the left panel stays, the right panel moved");
        assertEquals(4, score.falseCells(), "the moved last column lies where the gold has nothing");
    }

    @Test
    void aGoldTableIsMatchedByKindFirstThenByPage() {
        GoldTable wanted = gold(TableKind.FISCAL_SUMMARY, 12, 13, GRID);
        Table otherKindSamePage = table(GRID, TableKind.INCOME, 12);
        Table sameKindFar = table(GRID, TableKind.FISCAL_SUMMARY, 20);
        assertEquals(Optional.of(sameKindFar), TableComparison.match(wanted, List.of(otherKindSamePage, sameKindFar), Set.of()));
        assertEquals(Optional.of(otherKindSamePage), TableComparison.match(wanted, List.of(otherKindSamePage), Set.of()),
                "no table of its kind: the one on its pages, to show the kind disagreement");
        assertEquals(Optional.empty(), TableComparison.match(wanted, List.of(otherKindSamePage), Set.of(otherKindSamePage.id())));
        TableScore unread = TableComparison.score(wanted, Optional.empty(), false);
        assertEquals(0, unread.found());
        assertEquals(0.0, unread.cellAccuracy());
    }

    private static Table table(List<List<String>> grid, TableKind kind, int page) {
        GoldTable asGold = new GoldTable("doc", 1, "收入支出决算总表", kind, "万元", page, page, 1, "made by hand", grid);
        return GoldTableModel.toTable(asGold, "t" + kind.number() + "p" + page);
    }
}
