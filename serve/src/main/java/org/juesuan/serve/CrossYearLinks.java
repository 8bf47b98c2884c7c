package org.juesuan.serve;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.crossyear.CrossYearCheck;
import org.juesuan.crossyear.DocumentIdentity;
import org.juesuan.crossyear.OrganizationName;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records read documents in the store with their cross-year findings (rule {@value CrossYearCheck#RULE_ID}):
 * a document is compared with the latest version of its organization's previous year of the same kind, and
 * the latest version of its following year is compared with it again — so the order in which the years
 * arrive does not matter. The following year's version gets its cross-year findings replaced in place (no
 * new version: nothing else of it changed); decisions belong to fingerprints, so they hold.
 *
 * <p>One instance per store writer: completions are serialized, so two years finishing at once cannot both
 * miss each other.
 */
public final class CrossYearLinks {
    private static final Logger LOG = LoggerFactory.getLogger(CrossYearLinks.class);

    private final ReviewStore store;
    private final DisclosureJson json = new DisclosureJson();

    public CrossYearLinks(ReviewStore store) {
        this.store = store;
    }

    /** Stores a read document as done, with its cross-year findings, and refreshes its following year's. */
    public synchronized Disclosure complete(long documentId, Disclosure checked) throws IOException {
        Optional<DocumentIdentity> identity = DocumentIdentity.of(checked.document());
        if (identity.isEmpty()) {
            store.complete(documentId, checked, json.toJson(checked));
            return checked;
        }
        Disclosure linked = checked;
        Map<String, Long> links = Map.of();
        Optional<Version> previous = latest(identity.get(), -1, checked);
        if (previous.isPresent()) {
            List<Finding> findings = CrossYearCheck.compare(previous.get().disclosure(), checked).findings();
            linked = CrossYearCheck.withFindings(checked, findings);
            links = linksTo(findings, previous.get().id());
        }
        store.complete(documentId, linked, json.toJson(linked), links);
        Optional<Version> next = latest(identity.get(), +1, checked);
        if (next.isPresent()) {
            List<Finding> findings = CrossYearCheck.compare(linked, next.get().disclosure()).findings();
            Disclosure later = CrossYearCheck.withFindings(next.get().disclosure(), findings);
            store.replaceFindings(next.get().id(), CrossYearCheck.RULE_ID, later, json.toJson(later),
                    linksTo(findings, documentId));
            LOG.info("document {} compared again with its previous year {}: {} cross-year findings",
                    next.get().id(), documentId, findings.size());
        }
        return linked;
    }

    /** The latest done version of the organization's document of the same kind {@code step} years away. */
    private Optional<Version> latest(DocumentIdentity identity, int step, Disclosure self) throws IOException {
        for (StoredDocument candidate : store.doneOfYear(identity.year() + step)) {
            if (!identity.organization().equals(OrganizationName.normalize(candidate.organization()))) {
                continue;
            }
            Optional<String> model = store.modelJson(candidate.id());
            if (model.isEmpty()) {
                continue;
            }
            Disclosure disclosure = json.read(model.get());
            if (disclosure.document().kind() == self.document().kind()) {
                return Optional.of(new Version(candidate.id(), disclosure));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Long> linksTo(List<Finding> findings, long otherDocument) {
        Map<String, Long> links = new HashMap<>();
        findings.forEach(f -> links.put(f.id(), otherDocument));
        return links;
    }

    /** A stored version and its model. */
    private record Version(long id, Disclosure disclosure) {
    }
}
