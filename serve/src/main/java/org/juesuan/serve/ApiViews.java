package org.juesuan.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.store.StoredDocument;
import org.juesuan.store.StoredFinding;

/** The API's JSON shapes (the public contract the README documents), as ordered maps. */
final class ApiViews {
    private ApiViews() {
    }

    static Map<String, Object> document(StoredDocument d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", d.id());
        view.put("sha256", d.sha256());
        view.put("sourceName", d.sourceName());
        view.put("origin", d.origin());
        view.put("status", d.status().apiName());
        view.put("reason", d.reason());
        view.put("format", d.format());
        view.put("pages", d.pages());
        view.put("title", d.title());
        view.put("organization", d.organization());
        view.put("fiscalYear", d.fiscalYear());
        view.put("counts", Map.of("error", d.errors(), "warning", d.warnings(), "info", d.infos(),
                "decided", d.decided(), "open", d.open()));
        view.put("uploadedAt", text(d.uploadedAt()));
        view.put("finishedAt", text(d.finishedAt()));
        return view;
    }

    static Map<String, Object> documentWithFindings(StoredDocument d, List<StoredFinding> findings,
                                                    List<StoredDocument> otherYears) {
        Map<String, Object> view = document(d);
        List<Map<String, Object>> current = new ArrayList<>();
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (StoredFinding f : findings) {
            (f.trend() == org.juesuan.store.Trend.RESOLVED ? resolved : current).add(finding(f));
        }
        view.put("findings", current);
        view.put("resolved", resolved);
        view.put("otherYears", otherYears.stream().map(o -> Map.of("id", o.id(), "fiscalYear", o.fiscalYear())).toList());
        return view;
    }

    static Map<String, Object> finding(StoredFinding f) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", f.id());
        view.put("documentId", f.documentId());
        view.put("key", f.key());
        view.put("fingerprint", f.fingerprint());
        view.put("rule", f.ruleId());
        view.put("ruleName", f.ruleName());
        view.put("severity", f.severity().toLowerCase(java.util.Locale.ROOT));
        view.put("message", f.message());
        view.put("stated", f.stated());
        view.put("expected", f.expected());
        view.put("page", f.page());
        view.put("sectionPath", f.sectionPath());
        view.put("sentence", f.sentence());
        view.put("otherDocumentId", f.linkedDocumentId());
        view.put("trend", f.trend().name().toLowerCase(java.util.Locale.ROOT));
        view.put("decision", f.decision().apiName());
        view.put("comment", f.reason());
        view.put("decidedBy", f.decidedBy());
        view.put("decidedAt", text(f.decidedAt()));
        view.put("comments", f.comments().stream().map(c -> {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("author", c.author());
            comment.put("body", c.body());
            comment.put("at", text(c.at()));
            return comment;
        }).toList());
        return view;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
