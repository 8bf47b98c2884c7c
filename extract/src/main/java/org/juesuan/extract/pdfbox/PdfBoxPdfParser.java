package org.juesuan.extract.pdfbox;

import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.PageRecognizer;
import org.juesuan.extract.parse.PageTextJoiner;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.tables.grid.PdfTableLayout;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.ExtractionWarning;

/**
 * Reads a PDF with one PDFBox pass: its text lines with their positions and its rulings, then its
 * tables rebuilt from that geometry as TABLE blocks, and the rest of its text rejoined into
 * paragraphs. Pages that are only a picture (scanned) are read by OCR. The bookmark outline is not
 * extracted: it only repeats the headings.
 */
public final class PdfBoxPdfParser implements DocumentParser {
    /** The resolution scanned pages are rendered at for OCR when none is given. */
    public static final int OCR_DPI = 300;

    private final PdfBoxPages reader;
    private final PdfTableLayout layout = new PdfTableLayout();

    /** A parser without OCR: scanned pages are noted as not readable. */
    public PdfBoxPdfParser() {
        this(PageRecognizer.NONE, OCR_DPI);
    }

    /** A parser reading scanned pages with {@code recognizer}, rendered at {@code dpi}. */
    public PdfBoxPdfParser(PageRecognizer recognizer, int dpi) {
        this.reader = new PdfBoxPages(recognizer, dpi);
    }

    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        PdfBoxPages.Read read = reader.read(source.content(), limits.maxCharacters());
        PageTextJoiner.Joined joined = layout.blocks(read.pages());
        java.util.List<ExtractionWarning> warnings = new java.util.ArrayList<>(read.warnings());
        warnings.addAll(joined.warnings());
        return new RawDocument(DocumentFormat.PDF, read.pages().size(), read.title(), joined.blocks(), warnings,
                read.ocr());
    }
}
