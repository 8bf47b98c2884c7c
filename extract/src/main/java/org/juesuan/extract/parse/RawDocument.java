package org.juesuan.extract.parse;

import java.util.List;
import java.util.Objects;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.ExtractionWarning;

/**
 * What a parser read from a file.
 *
 * @param format   the format it was read as
 * @param pages    page count (at least 1)
 * @param title    the title the file's metadata gives, or null
 * @param blocks   paragraphs, headings and tables in reading order
 * @param warnings recoverable problems met while parsing
 * @param ocr      the pages read by OCR (scanned pages), with their words' confidences
 */
public record RawDocument(DocumentFormat format, int pages, String title, List<RawBlock> blocks,
                          List<ExtractionWarning> warnings, OcrPages ocr) {
    /** A document read from its text alone, no page by OCR. */
    public RawDocument(DocumentFormat format, int pages, String title, List<RawBlock> blocks,
                       List<ExtractionWarning> warnings) {
        this(format, pages, title, blocks, warnings, OcrPages.NONE);
    }

    public RawDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(ocr, "ocr");
        pages = Math.max(1, pages);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }
}
