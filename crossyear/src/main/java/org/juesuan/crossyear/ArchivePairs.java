package org.juesuan.crossyear;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups the documents of an archive by organization, kind and year, and pairs each with its
 * organization's documents of the year before (several when the same document came in several files).
 */
public final class ArchivePairs {
    private ArchivePairs() {
    }

    /** For each document that has a previous year in {@code documents}, those previous-year documents. */
    public static Map<YearFigures, List<YearFigures>> previousYears(Collection<YearFigures> documents) {
        Map<DocumentIdentity, List<YearFigures>> byIdentity = new HashMap<>();
        documents.forEach(d -> byIdentity.computeIfAbsent(d.identity(), i -> new ArrayList<>()).add(d));
        Map<YearFigures, List<YearFigures>> pairs = new IdentityHashMap<>();
        for (YearFigures document : documents) {
            DocumentIdentity id = document.identity();
            List<YearFigures> previous = byIdentity.get(new DocumentIdentity(id.organization(), id.year() - 1, id.kind()));
            if (previous != null) {
                // The same bytes under two names are one document, not two witnesses.
                pairs.put(document, previous.stream().filter(p -> !Objects.equals(p.documentId(), document.documentId())).toList());
            }
        }
        return pairs;
    }
}
