package org.juesuan.model;

/**
 * Where a finding's evidence stands, for a reviewer to find it: the sentence and its place.
 *
 * @param sentence    the sentence (or table cell text) as printed
 * @param page        its page
 * @param sectionId   its innermost section, or null
 * @param sectionPath the headings from the top down, joined by " / " (第二部分 2021年度部门决算情况说明 / 11、 其他重要事项的情况说明)
 * @param start       offset of the sentence in the document text
 * @param end         offset just past it
 */
public record Evidence(String sentence, int page, String sectionId, String sectionPath, int start, int end) {
    public Evidence {
        Checks.present(sentence, "sentence");
        Checks.page(page, "evidence");
        Checks.present(sectionPath, "sectionPath");
        Checks.span(start, end, "evidence");
    }
}
