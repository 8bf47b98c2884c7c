package org.juesuan.model;

/**
 * One figure's role in a statement.
 *
 * @param role     what the figure is in the statement: current, delta, rate, share, part, total, budget …
 * @param figureId the figure
 * @param label    what the part is called, when the statement names it (the component 基本支出), else empty
 */
public record StatementPart(String role, String figureId, String label) {
    public StatementPart {
        Checks.text(role, "role");
        Checks.text(figureId, "figureId");
        Checks.present(label, "label");
    }
}
