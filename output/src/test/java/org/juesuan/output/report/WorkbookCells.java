package org.juesuan.output.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook read back through POI as lines of text, one per thing a reviewer sees: each sheet's
 * name, frozen rows, filter, column widths and merges, and each cell's position, type, value,
 * style essentials (bold, fill, border, alignment, wrap, number format), link and comment.
 * Two workbooks that give the same lines show the same.
 */
final class WorkbookCells {
    private WorkbookCells() {
    }

    static List<String> of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> lines = new ArrayList<>();
            for (Sheet sheet : workbook) {
                lines.addAll(sheet((XSSFSheet) sheet));
            }
            return lines;
        }
    }

    private static List<String> sheet(XSSFSheet sheet) {
        List<String> lines = new ArrayList<>();
        String name = sheet.getSheetName();
        PaneInformation pane = sheet.getPaneInformation();
        lines.add(name + " frozen=" + (pane == null ? 0 : pane.getHorizontalSplitPosition())
                + " filter=" + (sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "-"));
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        for (int c = 0; c < columns; c++) {
            lines.add(name + " width " + c + "=" + sheet.getColumnWidth(c));
        }
        sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted()
                .forEach(merge -> lines.add(name + " merge " + merge));
        for (Row row : sheet) {
            for (Cell cell : row) {
                lines.add(name + " " + cell.getAddress() + " " + cell(cell));
            }
        }
        return lines;
    }

    private static String cell(Cell cell) {
        String value = switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
        CellStyle style = cell.getCellStyle();
        XSSFFont font = ((XSSFWorkbook) cell.getSheet().getWorkbook()).getFontAt(style.getFontIndex());
        Hyperlink link = cell.getHyperlink();
        Comment comment = cell.getCellComment();
        return cell.getCellType() + " [" + value + "] bold=" + font.getBold() + " fill=" + style.getFillPattern() + "/"
                + style.getFillForegroundColor() + " border=" + style.getBorderTop() + style.getBorderBottom()
                + style.getBorderLeft() + style.getBorderRight() + " align=" + style.getAlignment() + "/"
                + style.getVerticalAlignment() + " wrap=" + style.getWrapText() + " format=" + style.getDataFormatString()
                + " link=" + (link == null ? "-" : link.getType() + ":" + link.getAddress())
                + " comment=" + (comment == null ? "-" : comment.getAuthor() + ":" + comment.getString().getString());
    }
}
