package org.juesuan.ingest.eval;

import java.util.Objects;
import org.juesuan.model.Finding;

/**
 * One line of an expectations file: a defect a careful reviewer raises, or a statement that is
 * consistent and must stay silent.
 *
 * @param defect   true for a defect, false for a consistent statement
 * @param ruleId   the rule that should (or must not) speak
 * @param severity the expected severity for a defect; empty for a consistent statement
 * @param anchor   a distinctive piece of the evidence sentence (spaces ignored)
 * @param stated   the stated value as printed, or empty when any will do
 * @param note     why, for the reader of the file
 */
public record Expectation(boolean defect, String ruleId, String severity, String anchor, String stated, String note) {
    public Expectation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.isBlank()) {
            throw new IllegalArgumentException("an expectation needs an anchor");
        }
    }

    /** Whether a finding is the one this line speaks of. */
    public boolean matches(Finding finding) {
        if (!finding.ruleId().equals(ruleId)) {
            return false;
        }
        boolean anchored = squeeze(finding.evidence().sentence()).contains(squeeze(anchor));
        boolean sameValue = stated.isEmpty() || finding.stated() != null && squeeze(finding.stated()).equals(squeeze(stated));
        return anchored && sameValue;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
