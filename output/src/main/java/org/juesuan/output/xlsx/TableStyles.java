package org.juesuan.output.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.juesuan.model.Severity;

/**
 * The cell styles of one workbook's table sheets, made once each (a workbook holds at most 64,000
 * styles): header or body, the number format, and the fill of the gravest finding citing the cell.
 */
final class TableStyles {
    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private Font bold;

    /**
     * @param header  a header cell: bold, grey, centred, wrapped
     * @param format  the number format (0.00, #,##0.00, 0.0%), or null for text
     * @param cited   the gravest severity citing the cell, or null
     */
    record Key(boolean header, String format, Severity cited) {
    }

    TableStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(Key key) {
        return styles.computeIfAbsent(key, this::create);
    }

    /** The fill a finding of this severity gives its cells: red, amber, blue, as in the HTML report. */
    static IndexedColors fill(Severity severity) {
        return switch (severity) {
            case ERROR -> IndexedColors.ROSE;
            case WARNING -> IndexedColors.LIGHT_YELLOW;
            case INFO -> IndexedColors.PALE_BLUE;
        };
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(key.format() == null);
        if (key.header()) {
            style.setFont(bold());
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        if (key.format() != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
            style.setAlignment(HorizontalAlignment.RIGHT);
        }
        IndexedColors color = key.cited() != null ? fill(key.cited()) : key.header() ? IndexedColors.GREY_25_PERCENT : null;
        if (color != null) {
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private Font bold() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }
}
