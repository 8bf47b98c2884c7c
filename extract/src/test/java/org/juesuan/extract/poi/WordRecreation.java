package org.juesuan.extract.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Section;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Re-creates, as a Word 2007 document, a disclosure read from a PDF — the Word file its author would
 * have exported the PDF from, which the publisher does not give us. Each heading the reader found
 * becomes a paragraph in the style 标题 N (N its level in the section tree), each paragraph, caption
 * and contents line one paragraph with the text the reader rejoined (no soft line breaks, as a Word
 * author types it), each table a real Word table built from the cells rebuilt from the PDF's rulings
 * — merged cells as gridSpan and vMerge, as Word stores them — and each new PDF page a paragraph that
 * starts a page. Running headers and page numbers, which the reader drops, are not written. The
 * rebuilt cells are the ones {@code GoldCellAccuracyTest} holds equal to the hand-verified gold.
 *
 * <p>This is a test helper: a faithful re-creation, not the publisher's file.
 */
public final class WordRecreation {
    private static final int MAX_HEADING_LEVEL = 9;

    private WordRecreation() {
    }

    /** The .docx bytes of the disclosure's blocks, tables and headings. */
    public static byte[] of(Disclosure disclosure) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(document);
            Map<String, Integer> headingLevels = new HashMap<>();
            for (Section section : disclosure.sections()) {
                headingLevels.put(section.headingBlockId(), Math.min(MAX_HEADING_LEVEL, section.level()));
            }
            Map<String, Table> tables = new HashMap<>();
            disclosure.tables().forEach(t -> tables.put(t.blockId(), t));
            int page = 1;
            for (Block block : disclosure.blocks()) {
                for (; page < block.page(); page++) {
                    document.createParagraph().setPageBreak(true);
                }
                if (block.kind() == BlockKind.TABLE && tables.containsKey(block.id())) {
                    table(document, tables.get(block.id()));
                } else {
                    paragraph(document, block, headingLevels.getOrDefault(block.id(), 0));
                }
            }
            document.getProperties().getExtendedProperties().setPages(disclosure.document().pages());
            if (disclosure.document().title() != null) {
                document.getProperties().getCoreProperties().setTitle(disclosure.document().title());
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, Block block, int headingLevel) {
        XWPFParagraph paragraph = document.createParagraph();
        if (block.kind() == BlockKind.HEADING && headingLevel > 0) {
            paragraph.setStyle("Heading" + headingLevel);
        }
        paragraph.createRun().setText(block.text().strip());
    }

    /** Styles Heading1 … Heading9 named 标题 N, as a Chinese Word writes them. */
    private static void headingStyles(XWPFDocument document) {
        var styles = document.createStyles();
        for (int level = 1; level <= MAX_HEADING_LEVEL; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("标题 " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** One Word row per grid row; a merged cell written once with gridSpan, continued downwards by vMerge. */
    private static void table(XWPFDocument document, Table table) {
        XWPFTable word = document.createTable();
        CTTbl body = word.getCTTbl();
        while (body.sizeOfTrArray() > 0) {
            body.removeTr(0);
        }
        CTTblGrid grid = body.getTblGrid() == null ? body.addNewTblGrid() : body.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < table.columns(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(1200));
        }
        TableCell[][] covering = covering(table);
        for (int r = 0; r < table.rows(); r++) {
            CTRow row = body.addNewTr();
            for (int c = 0; c < table.columns(); ) {
                TableCell cell = covering[r][c];
                if (cell == null) {
                    cell(row, 1, null, "");
                    c++;
                    continue;
                }
                boolean starts = cell.row() == r;
                STMerge.Enum merge = cell.rowSpan() == 1 ? null : starts ? STMerge.RESTART : STMerge.CONTINUE;
                cell(row, cell.columnSpan(), merge, starts ? cell.text() : "");
                c = cell.column() + cell.columnSpan();
            }
        }
    }

    private static TableCell[][] covering(Table table) {
        TableCell[][] covering = new TableCell[table.rows()][table.columns()];
        for (TableCell cell : table.cells()) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    covering[r][c] = cell;
                }
            }
        }
        return covering;
    }

    private static void cell(CTRow row, int span, STMerge.Enum merge, String text) {
        CTTc cell = row.addNewTc();
        CTTcPr properties = cell.addNewTcPr();
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            properties.addNewVMerge().setVal(merge);
        }
        cell.addNewP().addNewR().addNewT().setStringValue(text);
    }
}
