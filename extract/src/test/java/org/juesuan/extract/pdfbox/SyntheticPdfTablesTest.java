package org.juesuan.extract.pdfbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.RawTable;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.BlockKind;
import org.juesuan.model.CellBox;
import org.junit.jupiter.api.Test;

/**
 * PDFs written here with PDFBox, for what the real documents do not show: a table printed with no
 * rulings at all (its columns from the alignment of its text, a wrapped name joined), and a ruled
 * table on a page turned by /Rotate 90 (cells and boxes as the page is displayed).
 */
class SyntheticPdfTablesTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 10;

    @Test
    void rebuildsATablePrintedWithoutRulingsFromItsAlignment() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, 72, 760, "Income and expenditure");
                text(content, 72, 740, "Unit: 10k yuan");
                row(content, 712, "Item", "Budget", "Final");
                row(content, 694, "Salaries", "1,234.50", "1,300.00");
                row(content, 676, "Office-", "20.00", "18.75");
                text(content, 72, 665, "supplies");
                row(content, 647, "Travel", "-", "3.10");
                row(content, 629, "Total", "1,254.50", "1,321.85");
                text(content, 72, 600, "Note: travel was not budgeted.");
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        RawDocument read = parse(pdf);
        List<RawBlock> tables = read.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).toList();
        assertEquals(1, tables.size(), () -> "blocks " + read.blocks());
        RawTable table = tables.get(0).table();
        assertEquals("5x3", table.rows() + "x" + table.columns());
        assertEquals("Budget", cell(table, 0, 1).text());
        assertEquals("Office-supplies", cell(table, 2, 0).text());
        assertEquals("-", cell(table, 3, 1).text());
        assertEquals("1,321.85", cell(table, 4, 2).text());
        int at = read.blocks().indexOf(tables.get(0));
        assertTrue(read.blocks().get(at - 1).text().endsWith("Unit: 10k yuan"), "the unit line stays text before the table");
        assertEquals("Note: travel was not budgeted.", read.blocks().get(at + 1).text(), "the note stays text after it");
    }

    @Test
    void readsARuledTableOnARotatedPageAsItIsDisplayed() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // draw in the displayed (landscape) frame: x right, y up, 842 wide and 595 high
                content.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
                text(content, 100, 520, "Caption of a landscape table");
                float[] xs = {100, 300, 450, 600};
                float[] ys = {495, 475, 455, 435};
                for (float y : ys) {
                    content.moveTo(xs[0], y);
                    content.lineTo(xs[3], y);
                }
                for (float x : xs) {
                    content.moveTo(x, ys[0]);
                    content.lineTo(x, ys[3]);
                }
                content.stroke();
                String[][] cells = {{"Item", "Budget", "Final"}, {"Salaries", "10.00", "12.50"}, {"Total", "10.00", "12.50"}};
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        text(content, xs[c] + 5, ys[r] - 14, cells[r][c]);
                    }
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        RawDocument read = parse(pdf);
        List<RawBlock> tables = read.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).toList();
        assertEquals(1, tables.size(), () -> "blocks " + read.blocks());
        RawTable table = tables.get(0).table();
        assertEquals("3x3", table.rows() + "x" + table.columns());
        assertEquals("12.50", cell(table, 1, 2).text());
        CellBox box = cell(table, 0, 0).box();
        // displayed: 842 wide, 595 high, origin top-left; the table's top edge is 595 - 495 = 100 from the top
        assertEquals(100, box.left(), 0.5);
        assertEquals(100, box.top(), 0.5);
        assertEquals(300, box.right(), 0.5);
        assertEquals(120, box.bottom(), 0.5);
        assertTrue(read.blocks().get(0).text().contains("Caption"));
    }

    private static RawDocument parse(byte[] pdf) throws IOException {
        try {
            return new PdfBoxPdfParser().parse(new SourceDocument("synthetic.pdf", pdf), ReadingLimits.DEFAULT);
        } catch (org.juesuan.extract.UnreadableDocumentException e) {
            throw new IOException(e);
        }
    }

    private static RawCell cell(RawTable table, int row, int column) {
        return table.cells().stream().filter(c -> c.row() == row && c.column() == column).findFirst()
                .orElseThrow(() -> new AssertionError("no cell at " + row + "," + column + " in " + table.cells()));
    }

    /** A row: the name left-aligned at 72, the two amounts right-aligned at 300 and 420. */
    private static void row(PDPageContentStream content, float y, String name, String first, String second) throws IOException {
        text(content, 72, y, name);
        text(content, 300 - width(first), y, first);
        text(content, 420 - width(second), y, second);
    }

    private static float width(String text) throws IOException {
        return FONT.getStringWidth(text) / 1000 * SIZE;
    }

    private static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(FONT, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
