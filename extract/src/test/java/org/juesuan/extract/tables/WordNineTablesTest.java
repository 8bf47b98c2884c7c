package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A 支出决算表 as a Word table, written here with POI the way word processors store it: the caption
 * and unit as paragraphs above, 项目 merged across the code and name columns (gridSpan), 功能分类科目编码
 * across 类/款/项, 本年支出合计 merged down two rows (vMerge). Read through the whole reader.
 */
class WordNineTablesTest {
    @Test
    void aWordExpenditureTableIsReadThroughTheWholeReader() throws Exception {
        Disclosure disclosure = DisclosureReader.standard(ReadingLimits.DEFAULT)
                .read(new SourceDocument("word-expenditure.docx", document()));
        assertEquals(1, disclosure.tables().size());
        Table table = disclosure.tables().get(0);
        assertEquals("2024年支出决算表", table.caption());
        assertEquals(TableKind.EXPENDITURE, table.kind());
        assertEquals("万元", table.unit());
        assertEquals(3, table.headerRows());
        assertEquals(List.of("项目", "功能分类科目编码", "款"), table.columnHeaders().get(1));
        assertEquals(List.of("本年支出合计"), table.columnHeaders().get(4));
        assertEquals(List.of("基本支出"), table.columnHeaders().get(5));
        assertTrue(table.confident(), table.notes().toString());
        assertEquals(List.of("", "201", "20101", "2010101"), table.lines().stream().map(TableLine::code).toList());
        TableLine item = table.lines().get(3);
        assertEquals("行政运行", item.name());
        assertEquals("1,196.62", item.values().get(0).raw());
        assertEquals(0, new java.math.BigDecimal("1196.62").compareTo(item.values().get(0).value()));
    }

    private static byte[] document() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("第二部分 2024年度部门决算表");
            doc.createParagraph().createRun().setText("2024年支出决算表");
            doc.createParagraph().createRun().setText("单位：万元");
            XWPFTable table = doc.createTable(7, 6);
            String[][] texts = {
                {"项目", "", "", "", "本年支出合计", "基本支出"},
                {"功能分类科目编码", "", "", "科目名称", "", ""},
                {"类", "款", "项", "", "", ""},
                {"", "", "", "合计", "1,196.62", "1,196.62"},
                {"201", "", "", "一般公共服务支出", "1,196.62", "1,196.62"},
                {"201", "01", "", "人大事务", "1,196.62", "1,196.62"},
                {"201", "01", "01", "行政运行", "1,196.62", "1,196.62"}};
            for (int r = 0; r < texts.length; r++) {
                for (int c = 0; c < 6; c++) {
                    table.getRow(r).getCell(c).setText(texts[r][c]);
                }
            }
            verticalMerge(table, 4, 0, 2);
            verticalMerge(table, 5, 0, 2);
            horizontalMerge(table.getRow(1), 0, 3);
            horizontalMerge(table.getRow(0), 0, 4);
            doc.createParagraph().createRun().setText("注：本表反映部门本年度各项支出情况。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void verticalMerge(XWPFTable table, int column, int from, int to) {
        for (int r = from; r <= to; r++) {
            var merge = table.getRow(r).getCell(column).getCTTc().addNewTcPr().addNewVMerge();
            merge.setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** Merges {@code count} cells from {@code first}: the first spans them, the others are removed. */
    private static void horizontalMerge(XWPFTableRow row, int first, int count) {
        XWPFTableCell cell = row.getCell(first);
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(count));
        for (int i = 1; i < count; i++) {
            row.removeCell(first + 1);
        }
    }
}
