package org.juesuan.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.model.Finding;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads findings.xlsx and findings.csv back and holds them against the model. */
class TabularReportsTest {
    @TempDir
    static Path folder;
    private static RunSummary run;
    private static List<FindingRow> rows;

    @BeforeAll
    static void writeRun() throws Exception {
        run = HtmlReportTest.run();
        rows = FindingRow.of(run);
        new ReportFolder(folder).writeRun(run);
    }

    @Test
    void findingsSheetHasOneTypedRowPerFinding() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve(ReportFolder.WORKBOOK));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("问题");
            assertEquals(9, rows.size());
            assertEquals(rows.size(), sheet.getLastRowNum(), "a header and one row per finding");
            Row header = sheet.getRow(0);
            for (FindingColumn column : FindingColumn.values()) {
                assertEquals(column.header(), header.getCell(column.ordinal()).getStringCellValue());
            }
            for (int r = 0; r < rows.size(); r++) {
                checkRow(sheet.getRow(r + 1), rows.get(r));
            }
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "autofilter");
            assertEquals("A1:Q10", sheet.getCTWorksheet().getAutoFilter().getRef());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, "frozen header row");
        }
    }

    private static void checkRow(Row row, FindingRow expected) {
        Finding finding = expected.finding();
        assertEquals(expected.document().document().sourceName(), text(row, FindingColumn.DOCUMENT));
        assertEquals(finding.ruleName(), text(row, FindingColumn.RULE));
        assertEquals(finding.message(), text(row, FindingColumn.MESSAGE));
        assertEquals(finding.evidence().sentence(), text(row, FindingColumn.SENTENCE));
        assertEquals(finding.evidence().sectionPath(), text(row, FindingColumn.SECTION));
        Cell page = row.getCell(FindingColumn.PAGE.ordinal());
        assertEquals(CellType.NUMERIC, page.getCellType());
        assertEquals(finding.evidence().page(), (int) page.getNumericCellValue());
        Cell year = row.getCell(FindingColumn.YEAR.ordinal());
        assertEquals(CellType.NUMERIC, year.getCellType());
        assertEquals(2021, (int) year.getNumericCellValue());
        Cell low = row.getCell(FindingColumn.EXPECTED_LOW.ordinal());
        Cell high = row.getCell(FindingColumn.EXPECTED_HIGH.ordinal());
        if (finding.expectedRange() == null) {
            assertNull(low);
            assertNull(high);
        } else {
            assertEquals(CellType.NUMERIC, low.getCellType());
            assertEquals(finding.expectedRange().low().doubleValue(), low.getNumericCellValue());
            assertEquals(finding.expectedRange().high().doubleValue(), high.getNumericCellValue());
        }
        if (finding.stated() == null) {
            assertNull(row.getCell(FindingColumn.STATED.ordinal()));
        } else {
            assertEquals(finding.stated(), text(row, FindingColumn.STATED));
        }
    }

    private static String text(Row row, FindingColumn column) {
        Cell cell = row.getCell(column.ordinal());
        assertEquals(CellType.STRING, cell.getCellType(), column.header());
        return cell.getStringCellValue();
    }

    @Test
    void documentsAndFailuresSheets() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve(ReportFolder.WORKBOOK));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet documents = workbook.getSheet("文件");
            assertEquals(2, documents.getLastRowNum());
            Row bureau = documents.getRow(1);
            assertEquals("bureau 2021 #1.pdf", bureau.getCell(0).getStringCellValue());
            assertEquals("某市<生态环境>局", bureau.getCell(1).getStringCellValue());
            int[] numeric = {2, 3, 5, 6, 7, 8, 9};
            double[] values = {2021, 6, 3, 3, 3, 9, 1};
            for (int i = 0; i < numeric.length; i++) {
                assertEquals(CellType.NUMERIC, bureau.getCell(numeric[i]).getCellType(), "column " + numeric[i]);
                assertEquals(values[i], bureau.getCell(numeric[i]).getNumericCellValue(), "column " + numeric[i]);
            }
            assertEquals("bureau%202021%20%231.pdf.html", bureau.getCell(10).getHyperlink().getAddress());
            assertEquals("bureau 2021 #1.pdf.xlsx", bureau.getCell(12).getStringCellValue(), "it has a table: its workbook");
            assertEquals("bureau%202021%20%231.pdf.xlsx", bureau.getCell(12).getHyperlink().getAddress());
            assertNull(documents.getRow(2).getCell(12), "no workbook for a document without tables");
            assertNull(documents.getRow(2).getCell(2), "a missing year stays blank");
            XSSFSheet failures = workbook.getSheet("未能读取");
            assertEquals(2, failures.getLastRowNum());
            assertEquals("文件已加密，无法读取", failures.getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void csvHasBomQuotingAndOneRecordPerFinding() throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve(ReportFolder.CSV));
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = parse(text);
        assertEquals(rows.size() + 1, records.size());
        assertEquals(Stream.of(FindingColumn.values()).map(FindingColumn::header).toList(), records.get(0));
        for (int r = 0; r < rows.size(); r++) {
            List<String> record = records.get(r + 1);
            Finding finding = rows.get(r).finding();
            assertEquals(FindingColumn.values().length, record.size());
            assertEquals(finding.evidence().sentence(), record.get(FindingColumn.SENTENCE.ordinal()));
            assertEquals(finding.message(), record.get(FindingColumn.MESSAGE.ordinal()));
            String low = finding.expectedRange() == null ? "" : finding.expectedRange().low().toPlainString();
            assertEquals(low, record.get(FindingColumn.EXPECTED_LOW.ordinal()));
        }
        assertTrue(text.contains("\"机关运行经费56.19万元，\"\"含引号\"\"，逗号,照常。\""), "quotes doubled, field quoted");
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote only opens a field");
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "CR only before LF");
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "bare LF outside quotes");
                field.append(c);
            }
        }
        return records;
    }
}
