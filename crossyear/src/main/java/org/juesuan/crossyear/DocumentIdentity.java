package org.juesuan.crossyear;

import java.util.Optional;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.DocumentKind;

/**
 * Which organization's which year a document is, and of which kind: documents with the same
 * organization and kind, one year apart, are compared.
 *
 * @param organization the normalized organization name ({@link OrganizationName})
 * @param year         the fiscal year the document covers
 * @param kind         final accounts or budget: a budget is compared with budgets only
 */
public record DocumentIdentity(String organization, int year, DocumentKind kind) {
    public DocumentIdentity {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("organization must be named");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
    }

    /** The identity of a read document, or empty when its organization or year was not found. */
    public static Optional<DocumentIdentity> of(DocumentInfo info) {
        String name = OrganizationName.normalize(info.organization());
        if (name.isEmpty() || info.fiscalYear() == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentIdentity(name, info.fiscalYear(), info.kind()));
    }

    /** Whether {@code previous} is this organization's document of the same kind for the year before. */
    public boolean follows(DocumentIdentity previous) {
        return organization.equals(previous.organization) && kind == previous.kind && year == previous.year + 1;
    }
}
