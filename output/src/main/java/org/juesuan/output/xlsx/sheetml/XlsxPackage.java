package org.juesuan.output.xlsx.sheetml;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx workbook written straight to a stream as the zip of its SpreadsheetML parts: each sheet
 * as it is written ({@link SheetWriter}), then its relationships and comments, and at the end the
 * workbook, its styles ({@link StyleSheet}) and the content types. Sheets are written one after
 * another: opening the next closes the one before. Our reports need nothing of POI's object model,
 * which cost more than the rest of the write stage together.
 */
public final class XlsxPackage implements AutoCloseable {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ZipOutputStream zip;
    private final Writer xml;
    private final String commentAuthor;
    private final StyleSheet styles = new StyleSheet();
    private final List<SheetWriter> sheets = new ArrayList<>();
    private boolean finished;

    /**
     * @param out           receives the workbook; left open
     * @param commentAuthor the author named by every cell comment
     */
    public XlsxPackage(OutputStream out, String commentAuthor) {
        this.zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        // A report is read once by a person: the fastest deflate costs a few percent in size.
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.commentAuthor = commentAuthor;
    }

    public StyleSheet styles() {
        return styles;
    }

    /** Ends the sheet before, if any, and starts a sheet of that name (valid and unique: see SheetNames). */
    public SheetWriter sheet(String name, SheetLayout layout) throws IOException {
        closeSheet();
        int number = sheets.size() + 1;
        entry("xl/worksheets/sheet" + number + ".xml");
        SheetWriter sheet = new SheetWriter(xml, name, number, layout, commentAuthor);
        sheets.add(sheet);
        return sheet;
    }

    /** Ends the last sheet and writes the parts that list the sheets; the stream is left open. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        closeSheet();
        entry("xl/workbook.xml");
        writeWorkbook();
        entry("xl/_rels/workbook.xml.rels");
        writeWorkbookRelationships();
        entry("xl/styles.xml");
        styles.write(xml);
        entry("_rels/.rels");
        xml.write(XML_HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS_NS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("[Content_Types].xml");
        writeContentTypes();
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private void closeSheet() throws IOException {
        if (sheets.isEmpty()) {
            return;
        }
        SheetWriter sheet = sheets.get(sheets.size() - 1);
        sheet.close();
        List<String> external = sheet.externalTargets();
        if (!external.isEmpty() || sheet.hasComments()) {
            entry("xl/worksheets/_rels/sheet" + sheet.number() + ".xml.rels");
            writeSheetRelationships(sheet, external);
        }
        if (sheet.hasComments()) {
            entry("xl/comments" + sheet.number() + ".xml");
            sheet.comments().writeComments(xml);
            entry("xl/drawings/vmlDrawing" + sheet.number() + ".vml");
            sheet.comments().writeDrawing(xml, sheet.number());
        }
    }

    private void writeSheetRelationships(SheetWriter sheet, List<String> external) throws IOException {
        xml.write(XML_HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS_NS + "\">");
        int id = 1;
        for (String target : external) {
            xml.write("<Relationship Id=\"rId" + id++ + "\" Type=\"" + RELATIONSHIPS_NS + "/hyperlink\" Target=\""
                    + Xml.escape(target) + "\" TargetMode=\"External\"/>");
        }
        if (sheet.hasComments()) {
            xml.write("<Relationship Id=\"rId" + id + "\" Type=\"" + RELATIONSHIPS_NS + "/comments\" Target=\"../comments"
                    + sheet.number() + ".xml\"/>");
            xml.write("<Relationship Id=\"" + sheet.commentsDrawingRelation() + "\" Type=\"" + RELATIONSHIPS_NS
                    + "/vmlDrawing\" Target=\"../drawings/vmlDrawing" + sheet.number() + ".vml\"/>");
        }
        xml.write("</Relationships>");
    }

    private void writeWorkbook() throws IOException {
        xml.write(XML_HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + RELATIONSHIPS_NS
                + "\"><bookViews><workbookView/></bookViews><sheets>");
        for (SheetWriter sheet : sheets) {
            xml.write("<sheet name=\"" + Xml.escape(sheet.name()) + "\" sheetId=\"" + sheet.number() + "\" r:id=\"rId"
                    + sheet.number() + "\"/>");
        }
        xml.write("</sheets>");
        StringBuilder names = new StringBuilder();
        for (SheetWriter sheet : sheets) {
            if (sheet.filterRange() != null) {
                String[] ends = sheet.filterRange().split(":");
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(sheet.number() - 1)
                        .append("\" hidden=\"1\">").append(Xml.escape("'" + sheet.name().replace("'", "''") + "'!"
                                + absolute(ends[0]) + ":" + absolute(ends[1]))).append("</definedName>");
            }
        }
        if (!names.isEmpty()) {
            xml.write("<definedNames>" + names + "</definedNames>");
        }
        xml.write("</workbook>");
    }

    /** B6 → $B$6. */
    private static String absolute(String ref) {
        int digits = 0;
        while (!Character.isDigit(ref.charAt(digits))) {
            digits++;
        }
        return "$" + ref.substring(0, digits) + "$" + ref.substring(digits);
    }

    private void writeWorkbookRelationships() throws IOException {
        xml.write(XML_HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS_NS + "\">");
        for (SheetWriter sheet : sheets) {
            xml.write("<Relationship Id=\"rId" + sheet.number() + "\" Type=\"" + RELATIONSHIPS_NS
                    + "/worksheet\" Target=\"worksheets/sheet" + sheet.number() + ".xml\"/>");
        }
        xml.write("<Relationship Id=\"rId" + (sheets.size() + 1) + "\" Type=\"" + RELATIONSHIPS_NS
                + "/styles\" Target=\"styles.xml\"/></Relationships>");
    }

    private void writeContentTypes() throws IOException {
        xml.write(XML_HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SHEETML + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + SHEETML + "styles+xml\"/>");
        for (SheetWriter sheet : sheets) {
            xml.write("<Override PartName=\"/xl/worksheets/sheet" + sheet.number() + ".xml\" ContentType=\"" + SHEETML
                    + "worksheet+xml\"/>");
            if (sheet.hasComments()) {
                xml.write("<Override PartName=\"/xl/comments" + sheet.number() + ".xml\" ContentType=\"" + SHEETML
                        + "comments+xml\"/>");
            }
        }
        xml.write("</Types>");
    }

    private void entry(String name) throws IOException {
        xml.flush();
        zip.putNextEntry(new ZipEntry(name));
    }
}
