package org.juesuan.model;

import java.util.List;

/**
 * Figures bound to what they measure and how (a change, a rate, a share, a component list …).
 * Filled by the statement binder; empty until it runs.
 *
 * @param id        s-prefixed ids are sections, so statements use st1, st2, …
 * @param kind      the form of the statement, e.g. CHANGE, SHARE, COMPONENTS, COMPLETION
 * @param metric    the canonical metric the statement is about, e.g. 机关运行经费
 * @param figureIds the figures it binds, in text order
 * @param start     offset of the sentence in the document text
 * @param end       offset just past it
 */
public record Statement(String id, String kind, String metric, List<String> figureIds, int start, int end) {
    public Statement {
        Checks.text(id, "id");
        Checks.text(kind, "kind");
        Checks.present(metric, "metric");
        figureIds = Checks.copy(figureIds, "figureIds");
        Checks.span(start, end, id);
    }
}
