package org.juesuan.store;

import java.time.Instant;
import java.util.List;

/**
 * A finding of one stored version with the decision its fingerprint carries.
 *
 * @param id          the store's id (the API's finding id)
 * @param documentId  the version it belongs to
 * @param key         its id in the model (k1, k2, …)
 * @param fingerprint what identifies it across versions
 * @param trend       NEW or PRESENT against the previous version; RESOLVED for one only the previous had
 * @param decision    open, confirmed or dismissed
 * @param reason      the reviewer's reason or comment given with the decision, or null
 * @param decidedBy   who decided, or null
 * @param decidedAt   when, or null
 * @param comments    the comments on its fingerprint, oldest first
 * @param linkedDocumentId for a cross-year finding, the other year's version it was compared with, else null
 */
public record StoredFinding(long id, long documentId, String key, String fingerprint, String ruleId, String ruleName,
                            String severity, String message, String stated, String expected, int page,
                            String sectionPath, String sentence, Trend trend, Decision decision, String reason,
                            String decidedBy, Instant decidedAt, List<Comment> comments,
                            Long linkedDocumentId) {
    public StoredFinding {
        comments = List.copyOf(comments);
    }

    /** A comment on a finding (on its fingerprint, so it follows the finding into later versions). */
    public record Comment(String author, String body, Instant at) {
    }
}
