package org.juesuan.extract.poi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.parse.TableGridBuilder;
import org.juesuan.extract.parse.TableGridBuilder.VerticalMerge;
import org.juesuan.model.DocumentFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads .docx with POI's XWPF model directly: Tika's Word output drops merged-cell spans, and the
 * heading styles and page breaks are needed as they are.
 */
public final class DocxParser implements DocumentParser {
    /**
     * POI's zip guard, set here explicitly rather than left to whichever library loads first (Tika's
     * OOXML parser switches the ratio check off when its class loads): a part may inflate at most 200×
     * — real disclosures' .docx parts stay under 13× — and a package may hold 10,000 parts.
     */
    static final double MIN_INFLATE_RATIO = 0.005;
    static final long MAX_PARTS = 10_000;


    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        // POI keeps these limits process-wide and Tika's parsers may reset them: set before every read.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.content()))) {
            Reading reading = new Reading(document, limits);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    reading.paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    reading.table(table);
                }
            }
            int recordedPages = recordedPageCount(document);
            return new RawDocument(DocumentFormat.DOCX, Math.max(recordedPages, reading.page), title(document),
                    reading.blocks, List.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED, e.getMessage(), e);
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException e) {
            throw new UnreadableDocumentException(Problem.CORRUPT, e.getMessage(), e);
        }
    }

    private static int recordedPageCount(XWPFDocument document) {
        var extended = document.getProperties().getExtendedProperties();
        return extended == null ? 0 : extended.getPages();
    }

    private static String title(XWPFDocument document) {
        String title = document.getProperties().getCoreProperties().getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** The state of one pass over the body: the blocks so far and the current page. */
    private static final class Reading {
        final XWPFDocument document;
        final ReadingLimits limits;
        final List<RawBlock> blocks = new ArrayList<>();
        /**
         * Word records where it last laid out each page (lastRenderedPageBreak): when present those
         * are the real pages and explicit breaks are already among them. Other writers record none.
         */
        final boolean renderedBreaks;
        int page = 1;
        long characters;

        Reading(XWPFDocument document, ReadingLimits limits) {
            this.document = document;
            this.limits = limits;
            this.renderedBreaks = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(run -> run.getCTR().sizeOfLastRenderedPageBreakArray() > 0);
        }

        void paragraph(XWPFParagraph paragraph) throws UnreadableDocumentException {
            int breaks = pageBreaksInside(paragraph, renderedBreaks);
            if (renderedBreaks) {
                page += breaks; // Word marks the run that opens the new page
            } else if (paragraph.isPageBreak() && !blocks.isEmpty()) {
                page++;
            }
            String text = paragraph.getText().strip();
            if (!text.isEmpty()) {
                count(text);
                int level = headingLevel(paragraph);
                blocks.add(level > 0 ? RawBlock.heading(text, page, level) : RawBlock.paragraph(text, page));
            }
            if (!renderedBreaks) {
                page += breaks; // an explicit break ends the page after this paragraph's text
            }
        }

        void table(XWPFTable table) throws UnreadableDocumentException {
            TableGridBuilder grid = new TableGridBuilder();
            for (XWPFTableRow row : table.getRows()) {
                grid.startRow();
                int column = gridBefore(row);
                for (XWPFTableCell cell : row.getTableCells()) {
                    int span = gridSpan(cell);
                    String text = cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                            .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
                    count(text);
                    grid.addCell(column, span, verticalMerge(cell), text);
                    column += span;
                }
            }
            blocks.add(RawBlock.table(grid.build(), page));
        }

        private void count(String text) throws UnreadableDocumentException {
            characters += text.length();
            if (characters > limits.maxCharacters()) {
                throw new UnreadableDocumentException(Problem.TOO_LARGE,
                        "more than " + limits.maxCharacters() + " characters");
            }
        }

        private int headingLevel(XWPFParagraph paragraph) {
            String styleId = paragraph.getStyleID();
            if (styleId == null || document.getStyles() == null) {
                return 0;
            }
            XWPFStyle style = document.getStyles().getStyle(styleId);
            int byName = HeadingStyle.levelOf(style == null ? styleId : style.getName());
            return byName > 0 ? byName : HeadingStyle.levelOf(styleId);
        }
    }

    private static int pageBreaksInside(XWPFParagraph paragraph, boolean renderedBreaks) {
        int breaks = 0;
        for (XWPFRun run : paragraph.getRuns()) {
            if (renderedBreaks) {
                breaks += run.getCTR().sizeOfLastRenderedPageBreakArray();
                continue;
            }
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber before = properties.getGridBeforeArray(0);
        return before.getVal() == null ? 0 : before.getVal().intValue();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    private static VerticalMerge verticalMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        CTVMerge merge = properties == null ? null : properties.getVMerge();
        if (merge == null) {
            return VerticalMerge.NONE;
        }
        return merge.getVal() == STMerge.RESTART ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
    }
}
