package org.juesuan.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's two 自评表 are real Word tables with merged cells; both Word formats keep the merges. */
class WordTablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"seed.docx", "seed.doc"})
    void mergedCellsAreRepresentedOnce(String name) throws Exception {
        Disclosure disclosure = DisclosureReader.standard(ReadingLimits.DEFAULT)
                .read(SourceDocument.read(ProjectFiles.corpus("seed/" + name)));
        assertEquals(2, disclosure.tables().size());
        Table table = disclosure.tables().get(0);
        assertEquals(20, table.rows());
        assertEquals(7, table.columns());
        TableCell title = cell(table, "部门预算项目支出绩效目标自评表");
        assertEquals(7, title.columnSpan());
        assertEquals(6, cell(table, "预算执行情况").rowSpan());
        assertEquals(7, cell(table, "年度绩效指标完成情况").rowSpan());
        assertEquals(4, cell(table, "产出指标").rowSpan());
        assertEquals(6, cell(table, "疫情防控工作经费").columnSpan());
        for (TableCell cell : table.cells()) {
            assertEquals(cell.text(), disclosure.text().substring(cell.start(), cell.end()));
        }
        assertTrue(noTwoCellsCoverOnePosition(table.cells()), "cells overlap");
        assertTrue(disclosure.figures().stream().anyMatch(f -> f.cell() != null && f.raw().equals("22人")));
    }

    private static TableCell cell(Table table, String text) {
        return table.cells().stream().filter(c -> c.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }

    private static boolean noTwoCellsCoverOnePosition(List<TableCell> cells) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (TableCell cell : cells) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    if (!covered.add(r + "," + c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
