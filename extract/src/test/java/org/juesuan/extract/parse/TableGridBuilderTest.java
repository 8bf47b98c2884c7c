package org.juesuan.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.extract.parse.TableGridBuilder.VerticalMerge;
import org.junit.jupiter.api.Test;

class TableGridBuilderTest {
    @Test
    void representsVerticalAndHorizontalMergesOnce() {
        TableGridBuilder grid = new TableGridBuilder();
        grid.startRow();
        grid.addCell(0, 1, VerticalMerge.RESTART, "预算执行情况");
        grid.addCell(1, 2, VerticalMerge.NONE, "全年预算数");
        grid.startRow();
        grid.addCell(0, 1, VerticalMerge.CONTINUE, "");
        grid.addCell(1, 1, VerticalMerge.NONE, "10.00");
        grid.addCell(2, 1, VerticalMerge.NONE, "20.00");
        RawTable table = grid.build();
        assertEquals(2, table.rows());
        assertEquals(3, table.columns());
        assertEquals(List.of(new RawCell(0, 0, 2, 1, "预算执行情况"), new RawCell(0, 1, 1, 2, "全年预算数"),
                new RawCell(1, 1, 1, 1, "10.00"), new RawCell(1, 2, 1, 1, "20.00")), table.cells());
    }

    @Test
    void aContinuationWithoutAnOpenMergeIsACellOfItsOwn() {
        TableGridBuilder grid = new TableGridBuilder();
        grid.startRow();
        grid.addCell(0, 1, VerticalMerge.CONTINUE, "孤立");
        assertEquals(List.of(new RawCell(0, 0, 1, 1, "孤立")), grid.build().cells());
    }
}
