package org.juesuan.extract.tables.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.extract.parse.RawTable;
import org.juesuan.extract.testing.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables rebuilt from the real PDFs (Word, WPS, WPS 表格, ONLYOFFICE and Excel producers,
 * portrait and landscape): how many, their sizes, cells with their values and pages, and tables
 * continued over pages read as one. The figures were read off the page images.
 */
class RealPdfTablesTest {

    @ParameterizedTest(name = "{0}: {1} tables")
    @CsvSource(delimiter = '|', textBlock = """
            real/putuo-finance-bureau-2024.pdf                 | 10
            real/putuo-planning-resources-2024.pdf             | 10
            real/shanghai-template-2024.pdf                    | 10
            real/budget/jiangsu-procuratorate-2019-budget.pdf  | 12
            real/budget/putuo-wanli-2023-budget.pdf            | 13
            real/budget/putuo-wanli-2024-budget.pdf            | 9
            real/budget/putuo-wanli-2025-budget.pdf            | 9
            real/budget/putuo-welfare-home-2024-budget.pdf     | 9
            real/budget/shanghai-finance-bureau-2025-budget.pdf | 9
            """)
    void findsEveryTableOnce(String pdf, int count) throws Exception {
        List<RawBlock> tables = PdfTablesFixture.tables(ProjectFiles.shared(pdf));
        assertEquals(count, tables.size(), () -> pdf + ": pages " + tables.stream().map(RawBlock::page).toList());
        for (RawBlock table : tables) {
            for (RawCell cell : table.table().cells()) {
                assertNotNull(cell.box(), "every PDF cell has its box");
                assertTrue(cell.page() >= table.page(), "a cell is on its table's page or after");
            }
        }
    }

    /** table = index among the document's tables, from 0; the cell is named by its top-left position. */
    @ParameterizedTest(name = "{0} table {1} ({2}x{3}) [{4},{5}] = {6} p.{7}")
    @CsvSource(delimiter = '|', textBlock = """
            real/putuo-finance-bureau-2024.pdf                  | 1 | 32 | 4  | 2  | 1 | 2,940.05         | 6
            real/putuo-finance-bureau-2024.pdf                  | 1 | 32 | 4  | 31 | 3 | 2,995.39         | 7
            real/putuo-finance-bureau-2024.pdf                  | 1 | 32 | 4  | 0  | 0 | 收入             | 6
            real/putuo-finance-bureau-2024.pdf                  | 2 | 23 | 11 | 9  | 3 | 财政委托业务支出  | 8
            real/putuo-finance-bureau-2024.pdf                  | 4 | 34 | 7  | 33 | 1 | 2,961.68         | 13
            real/putuo-finance-bureau-2024.pdf                  | 5 | 24 | 7  | 23 | 4 | 2,940.05         | 15
            real/putuo-planning-resources-2024.pdf              | 1 | 30 | 4  | 2  | 1 | 9746.50          | 7
            real/putuo-planning-resources-2024.pdf              | 6 | 40 | 6  | 1  | 2 | 4816.14          | 16
            real/shanghai-template-2024.pdf                     | 2 | 10 | 9  | 5  | 0 | 2050205          | 6
            real/budget/jiangsu-procuratorate-2019-budget.pdf   | 0 | 27 | 6  | 3  | 1 | 24,169.74        | 14
            real/budget/jiangsu-procuratorate-2019-budget.pdf   | 2 | 2  | 5  | 1  | 2 | 4335.30          | 15
            real/budget/putuo-wanli-2025-budget.pdf             | 1 | 70 | 9  | 3  | 4 | 3,296,600        | 10
            real/budget/putuo-wanli-2025-budget.pdf             | 1 | 70 | 9  | 16 | 3 | 公共安全支出      | 11
            real/budget/putuo-welfare-home-2024-budget.pdf      | 1 | 18 | 9  | 3  | 5 | 8,661,624        | 8
            real/budget/shanghai-finance-bureau-2025-budget.pdf | 1 | 27 | 9  | 3  | 4 | 127,886,849      | 8
            """)
    void readsCellsWithTheirPages(String pdf, int index, int rows, int columns, int row, int column, String text,
                                  int page) throws Exception {
        RawTable table = PdfTablesFixture.tables(ProjectFiles.shared(pdf)).get(index).table();
        assertEquals(rows + "x" + columns, table.rows() + "x" + table.columns());
        RawCell cell = PdfTablesFixture.cell(table, row, column);
        assertEquals(text, cell.text());
        assertEquals(page, cell.page());
    }

    @ParameterizedTest(name = "{0} table {1}: header 收入 / 支出 spans")
    @CsvSource(delimiter = '|', textBlock = """
            real/putuo-finance-bureau-2024.pdf     | 1
            real/putuo-planning-resources-2024.pdf | 1
            real/shanghai-template-2024.pdf        | 1
            """)
    void keepsTheTwoSidedSummaryAsOneGridWithSpanningHeaders(String pdf, int index) throws Exception {
        RawTable table = PdfTablesFixture.tables(ProjectFiles.shared(pdf)).get(index).table();
        RawCell income = PdfTablesFixture.cell(table, 0, 0);
        RawCell expenditure = PdfTablesFixture.cell(table, 0, 2);
        assertEquals("收入", income.text());
        assertEquals(2, income.columnSpan());
        assertEquals("支出", expenditure.text());
        assertEquals(2, expenditure.columnSpan());
        assertEquals("项目", PdfTablesFixture.cell(table, 1, 2).text());
    }
}
