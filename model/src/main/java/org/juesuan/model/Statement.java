package org.juesuan.model;

import java.util.List;

/**
 * Figures bound to what they measure and how.
 *
 * @param id        st1, st2, … in text order
 * @param kind      the form of the statement
 * @param metric    the canonical metric it is about (机关运行经费, 本年收入合计 …), or the subject as printed
 * @param subject   the subject as printed in the sentence
 * @param parts     the figures and their roles
 * @param direction for a change, the direction word as printed (增加, 减少, 增长, 下降, 持平 …), else empty
 * @param sectionId the innermost section of the sentence, or null
 * @param page      page of the sentence
 * @param start     offset of the sentence in the document text
 * @param end       offset just past it
 */
public record Statement(String id, StatementKind kind, String metric, String subject, List<StatementPart> parts,
                        String direction, String sectionId, int page, int start, int end) {
    public Statement {
        Checks.text(id, "id");
        Checks.present(kind, "kind");
        Checks.present(metric, "metric");
        Checks.present(subject, "subject");
        parts = Checks.copy(parts, "parts");
        Checks.present(direction, "direction");
        Checks.page(page, id);
        Checks.span(start, end, id);
    }
}
