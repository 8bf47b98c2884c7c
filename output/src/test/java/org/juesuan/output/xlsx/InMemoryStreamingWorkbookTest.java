package org.juesuan.output.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook kept in memory writes the package POI's stock streaming workbook writes through its
 * temporary files: every entry the same bytes, but the creation time in docProps/core.xml.
 */
class InMemoryStreamingWorkbookTest {
    private static final int WINDOW = 50;

    @Test
    void writesTheSameEntriesAsTheStockStreamingWorkbook() throws IOException {
        Map<String, String> stock = entries(written(new SXSSFWorkbook(WINDOW)));
        Map<String, String> inMemory = entries(written(new InMemoryStreamingWorkbook(WINDOW)));
        stock.remove("docProps/core.xml");
        inMemory.remove("docProps/core.xml");
        assertEquals(stock.keySet(), inMemory.keySet());
        stock.forEach((name, xml) -> assertEquals(xml, inMemory.get(name), name));
        assertTrue(inMemory.get("xl/worksheets/sheet2.xml").contains("R179"), "rows past the window are kept");
    }

    /** Two sheets, more rows than the window keeps, numbers, text to escape, a merge, a freeze, a comment. */
    private static byte[] written(SXSSFWorkbook workbook) throws IOException {
        try (workbook) {
            for (String name : new String[] {"问题", "t1 收入支出决算总表"}) {
                Sheet sheet = workbook.createSheet(name);
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                for (int r = 0; r < 3 * WINDOW + 30; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("R" + r + " 一般公共服务支出 <&> “三公”");
                    row.createCell(1).setCellValue(r * 1234.56);
                }
                sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 1));
                sheet.createFreezePane(0, 1);
                Cell cited = sheet.getRow(3 * WINDOW + 29).getCell(1);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                Comment comment = drawing.createCellComment(anchor);
                comment.setAddress(cited.getAddress());
                comment.setString(workbook.getCreationHelper().createRichTextString("k1 错误：合计不符"));
                cited.setCellComment(comment);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        // POI writes entry sizes after the data, which java.util.zip's stream reader refuses.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
