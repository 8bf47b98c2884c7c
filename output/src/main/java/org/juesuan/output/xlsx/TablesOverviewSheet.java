package org.juesuan.output.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.output.tables.CellCitations;
import org.juesuan.output.xlsx.sheetml.SheetWriter;
import org.juesuan.output.xlsx.sheetml.XlsxPackage;

/**
 * The 表格 sheet of a document's workbook: the nine tables in the national template's order, each
 * with the sheet it is on (a link), or 未找到; then the document's other tables.
 */
final class TablesOverviewSheet {
    static final String NAME = "表格";
    static final List<String> HEADERS = List.of("序号", "种类", "编号", "工作表", "标题", "单位", "起始页", "结束页", "行数",
            "列数", "读取", "引用的问题", "读取说明");
    private static final int[] WIDTHS = {6, 34, 6, 26, 44, 8, 8, 8, 6, 6, 14, 10, 60};
    private static final int SHEET_COLUMN = 3;

    private TablesOverviewSheet() {
    }

    static void write(XlsxPackage workbook, List<Table> tables, Map<String, String> sheetOf, CellCitations citations)
            throws IOException {
        SheetWriter sheet = FindingsSheet.start(workbook, NAME, HEADERS.size(), WIDTHS, HEADERS::get);
        int r = 1;
        for (TableKind kind : TableKind.values()) {
            List<Table> ofKind = tables.stream().filter(t -> t.kind() == kind).toList();
            if (kind.isNine() && ofKind.isEmpty()) {
                sheet.row(r++);
                FindingsSheet.put(sheet, 0, kind.number());
                FindingsSheet.put(sheet, 1, kind.chineseName());
                FindingsSheet.put(sheet, 10, "未找到");
            }
            for (Table table : ofKind) {
                write(sheet, r++, table, sheetOf.get(table.id()), citations);
            }
        }
        sheet.autoFilter(Math.max(r - 1, 1), HEADERS.size() - 1);
    }

    private static void write(SheetWriter sheet, int row, Table table, String sheetName, CellCitations citations)
            throws IOException {
        List<Object> values = new ArrayList<>(List.of(table.kind().isNine() ? table.kind().number() : "",
                table.kind().chineseName(), table.id(), sheetName, table.caption(), table.unit(), table.page(),
                table.lastPage(), table.rows(), table.columns(), table.confident() ? "已读出" : "未能可靠读出",
                citations.ofTable(table.id()).size(), String.join("；", table.notes())));
        sheet.row(row);
        for (int c = 0; c < values.size(); c++) {
            FindingsSheet.put(sheet, c, values.get(c));
        }
        sheet.linkInside(row, SHEET_COLUMN, DocumentWorkbookXlsx.address(sheetName, 0, 0));
    }
}
