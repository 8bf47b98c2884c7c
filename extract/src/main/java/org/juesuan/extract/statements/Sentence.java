package org.juesuan.extract.statements;

import java.util.List;
import org.juesuan.model.Figure;

/**
 * One sentence of running text with its figures.
 *
 * @param text       the sentence as printed
 * @param start      offset in the document text
 * @param end        offset just past it
 * @param page       page of its block
 * @param sectionId  innermost section, or null
 * @param blockIndex the paragraph it belongs to (0-based block index): a subject carries across
 *                   sentences only inside its paragraph
 * @param figures    its figures in text order
 */
public record Sentence(String text, int start, int end, int page, String sectionId, int blockIndex,
                       List<Figure> figures) {
    public Sentence {
        figures = List.copyOf(figures);
    }
}
