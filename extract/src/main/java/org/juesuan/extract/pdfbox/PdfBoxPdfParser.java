package org.juesuan.extract.pdfbox;

import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.PageTextJoiner;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.tables.grid.PdfTableLayout;
import org.juesuan.model.DocumentFormat;

/**
 * Reads a PDF with one PDFBox pass: its text lines with their positions and its rulings, then its
 * tables rebuilt from that geometry as TABLE blocks, and the rest of its text rejoined into
 * paragraphs. The bookmark outline is not extracted: it only repeats the headings.
 */
public final class PdfBoxPdfParser implements DocumentParser {
    private final PdfBoxPages reader = new PdfBoxPages();
    private final PdfTableLayout layout = new PdfTableLayout();

    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        PdfBoxPages.Read read = reader.read(source.content(), limits.maxCharacters());
        PageTextJoiner.Joined joined = layout.blocks(read.pages());
        return new RawDocument(DocumentFormat.PDF, read.pages().size(), read.title(), joined.blocks(), joined.warnings());
    }
}
