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
 */
public record RawDocument(DocumentFormat format, int pages, String title, List<RawBlock> blocks,
                          List<ExtractionWarning> warnings) {
    public RawDocument {
        Objects.requireNonNull(format, "format");
        pages = Math.max(1, pages);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }
}
