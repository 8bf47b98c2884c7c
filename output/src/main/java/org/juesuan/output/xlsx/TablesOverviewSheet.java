package org.juesuan.output.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.output.tables.CellCitations;

/**
 * The 表格 sheet of a document's workbook: the nine tables in the national template's order, each
 * with the sheet it is on (a link), or 未找到; then the document's other tables.
 */
final class TablesOverviewSheet {
    static final String NAME = "表格";
    static final List<String> HEADERS = List.of("序号", "种类", "编号", "工作表", "标题", "单位", "起始页", "结束页", "行数",
            "列数", "读取", "引用的问题", "读取说明");
    private static final int[] WIDTHS = {6, 34, 6, 26, 44, 8, 8, 8, 6, 6, 14, 10, 60};

    private TablesOverviewSheet() {
    }

    static void write(Workbook workbook, CellStyle header, List<Table> tables, Map<String, String> sheetOf,
                      CellCitations citations) {
        Sheet sheet = workbook.createSheet(NAME);
        Row top = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            FindingsSheet.headerCell(top, c, HEADERS.get(c), header);
        }
        int r = 1;
        for (TableKind kind : TableKind.values()) {
            List<Table> ofKind = tables.stream().filter(t -> t.kind() == kind).toList();
            if (kind.isNine() && ofKind.isEmpty()) {
                Row row = sheet.createRow(r++);
                FindingsSheet.put(row, 0, kind.number());
                FindingsSheet.put(row, 1, kind.chineseName());
                FindingsSheet.put(row, 10, "未找到");
            }
            for (Table table : ofKind) {
                write(workbook, sheet.createRow(r++), table, sheetOf.get(table.id()), citations);
            }
        }
        FindingsSheet.finish(sheet, HEADERS.size(), r - 1, WIDTHS);
    }

    private static void write(Workbook workbook, Row row, Table table, String sheetName, CellCitations citations) {
        List<Object> values = new ArrayList<>(List.of(table.kind().isNine() ? table.kind().number() : "",
                table.kind().chineseName(), table.id(), sheetName, table.caption(), table.unit(), table.page(),
                table.lastPage(), table.rows(), table.columns(), table.confident() ? "已读出" : "未能可靠读出",
                citations.ofTable(table.id()).size(), String.join("；", table.notes())));
        for (int c = 0; c < values.size(); c++) {
            FindingsSheet.put(row, c, values.get(c));
        }
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(DocumentWorkbookXlsx.address(sheetName, 0, 0));
        row.getCell(3).setHyperlink(link);
    }
}
