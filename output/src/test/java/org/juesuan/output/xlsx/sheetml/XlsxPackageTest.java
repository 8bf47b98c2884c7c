package org.juesuan.output.xlsx.sheetml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What our reports never wrote before but a document can hold: control characters, markup, spaces, wide columns. */
class XlsxPackageTest {
    @Test
    void columnNamesGoPastZ() {
        assertEquals("A1", CellAddress.of(0, 0));
        assertEquals("T32", CellAddress.of(31, 19));
        assertEquals("AA1", CellAddress.of(0, 26));
        assertEquals("ZZ1", CellAddress.of(0, 701));
        assertEquals("AAA1", CellAddress.of(0, 702));
    }

    @Test
    void textThatXmlCannotHoldAsIsReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxPackage workbook = new XlsxPackage(out, "juesuan")) {
            SheetWriter sheet = workbook.sheet("它's <表>", new SheetLayout(0, new int[0]));
            sheet.row(0);
            sheet.text(0, "a\u0001b <&> \"q\"", 0);
            sheet.text(1, "  两端空格\n第二行 ", 0);
            sheet.number(702, 1234.5, workbook.styles().of(new CellFormat(false, false, null, false, false, "0.0%", null)));
            sheet.row(3);
            sheet.comment(3, 0, "注 <&>\u0002");
            sheet.blank(0, 0);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("它's <表>");
            assertEquals("ab <&> \"q\"", sheet.getRow(0).getCell(0).getStringCellValue(), "a control character dropped");
            assertEquals("  两端空格\n第二行 ", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(0).getCell(702).getCellType());
            assertEquals("0.0%", sheet.getRow(0).getCell(702).getCellStyle().getDataFormatString());
            assertEquals("注 <&>", sheet.getRow(3).getCell(0).getCellComment().getString().getString());
        }
    }
}
