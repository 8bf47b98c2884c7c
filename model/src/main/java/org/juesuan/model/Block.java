package org.juesuan.model;

/**
 * One block of the document text: a heading, a paragraph, a table or a caption.
 *
 * @param id        stable within the document: b1, b2, …
 * @param kind      what the block is
 * @param text      the block's text exactly as in {@link Disclosure#text()} between start and end
 * @param page      1-based page where the block starts
 * @param start     offset of the first character in {@link Disclosure#text()}
 * @param end       offset just past the last character
 * @param sectionId the innermost section containing the block, or null before the first heading
 * @param tableId   for TABLE blocks, the table's id; otherwise null
 */
public record Block(String id, BlockKind kind, String text, int page, int start, int end,
                    String sectionId, String tableId) {
    public Block {
        Checks.text(id, "id");
        Checks.present(kind, "kind");
        Checks.present(text, "text");
        Checks.page(page, id);
        Checks.span(start, end, id);
        if (end - start != text.length()) {
            throw new IllegalArgumentException(id + ": span length differs from text length");
        }
        if ((kind == BlockKind.TABLE) != (tableId != null)) {
            throw new IllegalArgumentException(id + ": tableId is set exactly for TABLE blocks");
        }
    }
}
