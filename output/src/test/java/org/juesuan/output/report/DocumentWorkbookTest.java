package org.juesuan.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.model.Disclosure;
import org.juesuan.model.TableKind;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.RunSummary;
import org.juesuan.output.run.DocumentSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a document's NAME.xlsx back: its sheets, merges, numeric cells, fills and the 单元格 column. */
class DocumentWorkbookTest {
    @TempDir
    static Path folder;
    private static Disclosure accounts;

    @BeforeAll
    static void write() throws Exception {
        accounts = SampleDisclosures.accounts();
        ReportFolder reports = new ReportFolder(folder);
        DocumentSummary summary = reports.writeDocument(accounts);
        reports.writeDocument(SampleDisclosures.quiet());
        reports.writeRun(new RunSummary(List.of(summary), List.of()));
    }

    private static XSSFWorkbook open() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("accounts 2024.pdf.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneSheetPerTableAfterTheFindingsAndTheListOfTables() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("问题", "表格", "t1 收入支出决算总表", "t2 一般公共预算财政拨款支出决算表", "t3 一般公共预算财政拨款“三公”经费支出决算表",
                    "t4 附表 部门整体支出绩效自评表"), names);
            names.forEach(name -> assertTrue(name.length() <= 31, name));
            XSSFSheet tables = workbook.getSheet("表格");
            assertEquals(1 + 9 + 1, tables.getLastRowNum() + 1, "the nine (found or not) and the other table");
            assertEquals("未找到", tables.getRow(2).getCell(10).getStringCellValue(), "表2 not found");
            assertEquals("'t2 一般公共预算财政拨款支出决算表'!A1", tables.getRow(5).getCell(3).getHyperlink().getAddress());
        }
        assertFalse(Files.exists(folder.resolve("quiet.docx.xlsx")), "no workbook for a document without tables");
    }

    @Test
    void aTableSheetKeepsMergesNumbersAsPrintedAndFillsCitedCells() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("t2 一般公共预算财政拨款支出决算表");
            List<String> merges = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            assertTrue(merges.containsAll(List.of("A1:C1", "D1:D2", "F1:H1", "A3:A5")), merges.toString());
            Cell total = sheet.getRow(2).getCell(4);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(1000.01, total.getNumericCellValue());
            assertEquals("#,##0.00", total.getCellStyle().getDataFormatString());
            assertEquals(IndexedColors.ROSE.getIndex(), total.getCellStyle().getFillForegroundColor(), "cited by an error");
            assertEquals(FillPatternType.SOLID_FOREGROUND, total.getCellStyle().getFillPattern());
            assertNotNull(total.getCellComment(), "the findings in a comment");
            assertTrue(total.getCellComment().getString().getString().startsWith("k3 错误 表间数字不一致"));
            Cell rate = sheet.getRow(31).getCell(19);
            assertEquals(0.975, rate.getNumericCellValue(), 1e-12);
            assertEquals("0.00%", rate.getCellStyle().getDataFormatString());
            Cell plain = sheet.getRow(3).getCell(5);
            assertEquals("0.00", plain.getCellStyle().getDataFormatString());
            assertEquals(FillPatternType.NO_FILL, plain.getCellStyle().getFillPattern(), "not cited");
            assertEquals("-", sheet.getRow(2).getCell(10).getStringCellValue(), "a dash as printed");
            assertEquals("/", sheet.getRow(2).getCell(11).getStringCellValue(), "a slash as printed");
            assertEquals(CellType.BLANK, sheet.getRow(5).getCell(10).getCellType(), "a blank stays blank");
            assertEquals("201", sheet.getRow(2).getCell(0).getStringCellValue(), "a code stays text");
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "header rows frozen");
            XSSFSheet summary = workbook.getSheet("t1 收入支出决算总表");
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), summary.getRow(0).getCell(0).getCellStyle().getFillForegroundColor(),
                    "a position inside a merged cell fills the merged cell");
            XSSFSheet untrusted = workbook.getSheet("t3 一般公共预算财政拨款“三公”经费支出决算表");
            assertEquals(12.30, untrusted.getRow(2).getCell(1).getNumericCellValue(),
                    "a table its reader did not trust still shows each cell's own printed number");
            assertEquals(CellType.BLANK, untrusted.getRow(2).getCell(2).getCellType());
            assertEquals("未能可靠读出此表，不据此核算", untrusted.getRow(9).getCell(1).getStringCellValue(), "and says it was not trusted");
        }
    }

    @Test
    void aHugeCellIsCutToWhatExcelHolds() throws Exception {
        String huge = "长".repeat(40_000);
        Disclosure misread = new SampleDisclosureBuilder().heading("s1", "一、", "表", 1, null)
                .readTable("", TableKind.OTHER, "", 0, new String[][] {{huge, "1.00"}}, new int[0][], 0, new int[0], false,
                        List.of("整页读成了一个单元格"))
                .build("misread.pdf", "某局", 2024);
        Path file = folder.resolve("misread.xlsx");
        new ReportFolder(folder).writeTables(misread, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            String text = workbook.getSheet("t1 表格 t1").getRow(0).getCell(0).getStringCellValue();
            assertEquals(32_767, text.length());
            assertTrue(text.endsWith("…"));
        }
    }

    @Test
    void theFindingsSheetsNameAndLinkTheCitedCells() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet findings = workbook.getSheet("问题");
            int column = FindingColumn.CELLS.ordinal();
            assertEquals("单元格", findings.getRow(0).getCell(column).getStringCellValue());
            List<String> cells = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                Cell cell = findings.getRow(r).getCell(column);
                cells.add(cell.getStringCellValue());
                links.add(cell.getHyperlink().getAddress());
            }
            assertEquals(List.of("t2 R32C20", "t1 R3C4, t2 R3C5", "t1 R1C2", "t4 R2C3"), cells);
            assertEquals("'t2 一般公共预算财政拨款支出决算表'!T32", links.get(0));
            assertEquals("'t1 收入支出决算总表'!A1", links.get(2), "the merged cell covering R1C2");
        }
        try (InputStream in = Files.newInputStream(folder.resolve(ReportFolder.WORKBOOK));
             XSSFWorkbook run = new XSSFWorkbook(in)) {
            Cell cell = run.getSheet("问题").getRow(1).getCell(FindingColumn.CELLS.ordinal());
            assertEquals("t2 R32C20", cell.getStringCellValue(), "the run's workbook names the cells too");
            assertNull(cell.getHyperlink(), "but has no table sheets to link to");
        }
    }
}
