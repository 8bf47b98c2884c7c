package org.juesuan.ingest.process;

import java.util.List;
import org.juesuan.model.Finding;

/**
 * What became of one document (a file, or one entry of a zip).
 *
 * @param name      its output name
 * @param failure   why it failed, or null when it was processed
 * @param notADisclosure refused because it does not look like a final-accounts disclosure
 * @param findings  the checks' findings (empty until the checks land)
 */
public record DocumentOutcome(String name, ErrorRecord failure, boolean notADisclosure, List<Finding> findings) {
    public DocumentOutcome {
        findings = List.copyOf(findings);
    }

    public static DocumentOutcome failed(ErrorRecord failure) {
        return new DocumentOutcome(failure.input(), failure, DisclosureVerdict.STAGE.equals(failure.stage()), List.of());
    }

    public boolean ok() {
        return failure == null;
    }
}
