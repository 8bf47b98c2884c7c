package org.juesuan.model;

import java.util.List;

/**
 * An inconsistency a rule found, with its evidence. Filled by the checks; empty until they run.
 *
 * @param ruleId      the rule's stable id
 * @param severity    how much it matters
 * @param message     what is wrong, in Chinese, for a reviewer to act on
 * @param figureIds   the figures involved
 * @param page        page of the evidence
 * @param sectionId   section of the evidence, or null
 * @param start       offset of the evidence sentence in the document text
 * @param end         offset just past it
 * @param fingerprint stable across runs: rule plus normalised evidence
 */
public record Finding(String ruleId, Severity severity, String message, List<String> figureIds, int page,
                      String sectionId, int start, int end, String fingerprint) {
    public Finding {
        Checks.text(ruleId, "ruleId");
        Checks.present(severity, "severity");
        Checks.text(message, "message");
        figureIds = Checks.copy(figureIds, "figureIds");
        Checks.page(page, ruleId);
        Checks.span(start, end, ruleId);
        Checks.text(fingerprint, "fingerprint");
    }
}
