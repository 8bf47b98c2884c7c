package org.juesuan.ingest.process;

import java.util.Optional;
import org.juesuan.model.Disclosure;

/**
 * The one decision, shared by check, batch and watch, of whether a document that was read counts as
 * processed: a readable file that is not a final-accounts disclosure (a text named .pdf, a letter)
 * fails, with its reason, exactly like an unreadable one. A file whose content does not match its
 * extension but is a disclosure is processed, with the warning {@code EXTENSION_MISMATCH}.
 */
public final class DisclosureVerdict {
    /** The stage named in the error record of a document refused here. */
    public static final String STAGE = "verdict";
    public static final String NOT_A_DISCLOSURE = "内容不像部门（单位）决算公开文件";
    public static final String NOT_A_DISCLOSURE_ENGLISH = "not a final-accounts disclosure";

    private DisclosureVerdict() {
    }

    /** Why {@code disclosure} is refused, or empty when it counts as processed. */
    public static Optional<IngestFailure> refusal(Disclosure disclosure) {
        if (!disclosure.looksLikeDisclosure()) {
            return Optional.of(new IngestFailure(STAGE, NOT_A_DISCLOSURE, NOT_A_DISCLOSURE_ENGLISH));
        }
        return Optional.empty();
    }
}
