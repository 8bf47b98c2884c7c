package org.juesuan.output.xlsx.sheetml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code xl/styles.xml}: each distinct {@link CellFormat} a workbook uses becomes one cell format
 * (an index a cell's {@code s} attribute names), registered once. Format 0 is Excel's default.
 */
public final class StyleSheet {
    /** Excel's built-in number formats that our reports use; others get ids from 164 up. */
    private static final Map<String, Integer> BUILT_IN = Map.of("0", 1, "0.00", 2, "#,##0", 3, "#,##0.00", 4,
            "0%", 9, "0.00%", 10);
    private static final int FIRST_CUSTOM_FORMAT = 164;
    /** Fill 0 is none and fill 1 gray125, both required by Excel; solid fills follow. */
    private static final int FIRST_SOLID_FILL = 2;

    private final Map<CellFormat, Integer> formats = new LinkedHashMap<>();
    private final Map<String, Integer> customNumberFormats = new LinkedHashMap<>();
    private final List<Integer> fills = new ArrayList<>();
    private final Map<Integer, Integer> fillIds = new HashMap<>();

    StyleSheet() {
        formats.put(CellFormat.PLAIN, 0);
    }

    /** The index of the cell format, made on first use. */
    public int of(CellFormat format) {
        Integer index = formats.get(format);
        if (index == null) {
            index = formats.size();
            formats.put(format, index);
            if (format.numberFormat() != null && !BUILT_IN.containsKey(format.numberFormat())) {
                customNumberFormats.putIfAbsent(format.numberFormat(), FIRST_CUSTOM_FORMAT + customNumberFormats.size());
            }
            if (format.fill() != null && !fillIds.containsKey(format.fill())) {
                fillIds.put(format.fill(), FIRST_SOLID_FILL + fills.size());
                fills.add(format.fill());
            }
        }
        return index;
    }

    void write(Writer xml) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + XlsxPackage.MAIN_NS + "\">");
        if (!customNumberFormats.isEmpty()) {
            xml.write("<numFmts count=\"" + customNumberFormats.size() + "\">");
            for (Map.Entry<String, Integer> format : customNumberFormats.entrySet()) {
                xml.write("<numFmt numFmtId=\"" + format.getValue() + "\" formatCode=\"" + Xml.escape(format.getKey()) + "\"/>");
            }
            xml.write("</numFmts>");
        }
        xml.write("<fonts count=\"2\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
                + "<scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/>"
                + "<family val=\"2\"/><scheme val=\"minor\"/></font></fonts>");
        xml.write("<fills count=\"" + (FIRST_SOLID_FILL + fills.size()) + "\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>");
        for (int color : fills) {
            xml.write("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"" + color
                    + "\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        xml.write("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>");
        for (String side : new String[] {"left", "right", "top", "bottom"}) {
            xml.write("<" + side + " style=\"thin\"><color indexed=\"64\"/></" + side + ">");
        }
        xml.write("<diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs><cellXfs count=\"" + formats.size() + "\">");
        for (CellFormat format : formats.keySet()) {
            writeFormat(xml, format);
        }
        xml.write("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    private void writeFormat(Writer xml, CellFormat format) throws IOException {
        int numberFormat = format.numberFormat() == null ? 0
                : BUILT_IN.getOrDefault(format.numberFormat(), customNumberFormats.getOrDefault(format.numberFormat(), 0));
        int fill = format.fill() == null ? 0 : fillIds.get(format.fill());
        xml.write("<xf numFmtId=\"" + numberFormat + "\" fontId=\"" + (format.bold() ? 1 : 0) + "\" fillId=\"" + fill
                + "\" borderId=\"" + (format.bordered() ? 1 : 0) + "\" xfId=\"0\"");
        xml.write(numberFormat != 0 ? " applyNumberFormat=\"1\"" : "");
        xml.write(format.bold() ? " applyFont=\"1\"" : "");
        xml.write(fill != 0 ? " applyFill=\"1\"" : "");
        xml.write(format.bordered() ? " applyBorder=\"1\"" : "");
        boolean aligned = format.horizontal() != null || format.verticalCenter() || format.wrap();
        if (!aligned) {
            xml.write("/>");
            return;
        }
        xml.write(" applyAlignment=\"1\"><alignment");
        xml.write(format.horizontal() != null ? " horizontal=\"" + format.horizontal() + "\"" : "");
        xml.write(format.verticalCenter() ? " vertical=\"center\"" : "");
        xml.write(format.wrap() ? " wrapText=\"1\"" : "");
        xml.write("/></xf>");
    }
}
