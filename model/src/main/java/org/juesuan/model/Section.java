package org.juesuan.model;

/**
 * One node of the section tree.
 *
 * @param id             stable within the document: s1, s2, …
 * @param label          the numbering as printed: 第二部分, 四、, （一）, 1., 附件一; empty when the heading has none
 * @param title          the heading text after the label, e.g. 机关运行经费支出情况
 * @param level          depth in the tree, 1 for the top level
 * @param kind           canonical kind from the heading classifier; UNKNOWN is a legal answer
 * @param kindConfidence the classifier's probability for that kind (0 to 1)
 * @param parentId       the enclosing section, or null at the top
 * @param page           page of the heading
 * @param start          offset of the heading in the document text
 * @param end            offset just past the section's last character (the next heading at this level or above)
 * @param headingBlockId the block holding the heading
 */
public record Section(String id, String label, String title, int level, SectionKind kind,
                      double kindConfidence, String parentId, int page, int start, int end,
                      String headingBlockId) {
    public Section {
        Checks.text(id, "id");
        Checks.present(label, "label");
        Checks.present(title, "title");
        if (level < 1) {
            throw new IllegalArgumentException(id + ": level must be 1 or more");
        }
        Checks.present(kind, "kind");
        if (kindConfidence < 0 || kindConfidence > 1) {
            throw new IllegalArgumentException(id + ": kindConfidence must lie in [0, 1]");
        }
        Checks.page(page, id);
        Checks.span(start, end, id);
        Checks.text(headingBlockId, "headingBlockId");
    }
}
