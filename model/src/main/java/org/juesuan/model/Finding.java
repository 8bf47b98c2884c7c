package org.juesuan.model;

import java.util.List;

/**
 * An inconsistency a rule found, with its evidence.
 *
 * @param id            stable within the document: k1, k2, … in text order
 * @param ruleId        the rule's stable id, e.g. change-rate
 * @param ruleName      the rule's name in Chinese, e.g. 增减率与增减额不符
 * @param severity      ERROR when material, WARNING for a rounding-level miss, INFO for form
 * @param message       what is wrong, in Chinese, for a reviewer to act on
 * @param stated        what the document states, as printed (0.19%), or null when the finding is about absence
 * @param expected      what it should read, rounded the way the document writes (19.40%), or null
 * @param expectedRange the exact interval the arithmetic gives, or null when not numeric
 * @param evidence      the sentence and its place
 * @param figureIds     the figures involved
 * @param fingerprint   stable across runs and documents' re-exports: rule plus normalised evidence
 * @param cells         the table cells involved (table findings), else empty
 */
public record Finding(String id, String ruleId, String ruleName, Severity severity, String message, String stated,
                      String expected, ValueRange expectedRange, Evidence evidence, List<String> figureIds,
                      String fingerprint, List<CellRef> cells) {
    public Finding {
        Checks.text(id, "id");
        Checks.text(ruleId, "ruleId");
        Checks.text(ruleName, "ruleName");
        Checks.present(severity, "severity");
        Checks.text(message, "message");
        Checks.present(evidence, "evidence");
        figureIds = Checks.copy(figureIds, "figureIds");
        Checks.text(fingerprint, "fingerprint");
        cells = Checks.copy(cells, "cells");
    }

    /** A finding on the narrative, citing no table cell. */
    public Finding(String id, String ruleId, String ruleName, Severity severity, String message, String stated,
                   String expected, ValueRange expectedRange, Evidence evidence, List<String> figureIds,
                   String fingerprint) {
        this(id, ruleId, ruleName, severity, message, stated, expected, expectedRange, evidence, figureIds,
                fingerprint, List.of());
    }
}
