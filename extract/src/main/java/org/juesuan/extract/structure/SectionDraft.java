package org.juesuan.extract.structure;

/**
 * A section as the tree builder found it, before its kind is named.
 *
 * @param label      the numbering as printed (empty when none)
 * @param title      the heading text after the label
 * @param level      depth, 1 at the top
 * @param parent     index of the parent draft, or -1
 * @param blockIndex the heading block
 * @param start      offset of the heading in the document text
 * @param end        offset just past the section's content
 * @param page       page of the heading
 */
public record SectionDraft(String label, String title, int level, int parent, int blockIndex, int start, int end,
                           int page) {
    SectionDraft withEnd(int newEnd) {
        return new SectionDraft(label, title, level, parent, blockIndex, start, newEnd, page);
    }
}
