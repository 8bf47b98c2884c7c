package org.juesuan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.juesuan.model.Finding;

/**
 * Findings per version, and the decisions and comments that belong to fingerprints: a decision
 * made on one version holds for every later version that shows the same finding.
 */
final class Findings {
    private static final String SELECT = "SELECT f.*, x.decision, x.reason, x.decided_by, x.decided_at FROM findings f"
            + " LEFT JOIN decisions x ON x.fingerprint = f.fingerprint";

    private final Sql sql;

    Findings(Sql sql) {
        this.sql = sql;
    }

    /** Inserts the findings; {@code links} gives, by finding key, the other document a finding compares with. */
    static void insert(Connection c, long documentId, List<Finding> findings, Map<String, Long> links) throws SQLException {
        for (Finding f : findings) {
            Sql.update(c, "INSERT INTO findings (document_id, finding_key, fingerprint, rule_id, rule_name, severity, message,"
                            + " stated, expected, page, section_path, sentence, linked_document_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    documentId, f.id(), f.fingerprint(), f.ruleId(), f.ruleName(), f.severity().name(), f.message(),
                    clip(f.stated(), 500), clip(f.expected(), 500), f.evidence().page(), clip(f.evidence().sectionPath(), 2000),
                    f.evidence().sentence(), links.get(f.id()));
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** This version's findings, each NEW or PRESENT against the previous version, then those it resolved. */
    List<StoredFinding> of(long documentId) {
        return sql.inConnection(c -> {
            Optional<Long> previous = Documents.previous(c, documentId);
            List<StoredFinding> current = Sql.query(c, SELECT + " WHERE f.document_id = ? ORDER BY f.id", r -> row(r, Trend.NEW),
                    documentId);
            Set<String> before = new HashSet<>();
            List<StoredFinding> resolved = new ArrayList<>();
            if (previous.isPresent()) {
                Set<String> now = new HashSet<>();
                current.forEach(f -> now.add(f.fingerprint()));
                for (StoredFinding old : Sql.query(c, SELECT + " WHERE f.document_id = ? ORDER BY f.id",
                        r -> row(r, Trend.RESOLVED), previous.get())) {
                    before.add(old.fingerprint());
                    if (!now.contains(old.fingerprint())) {
                        resolved.add(old);
                    }
                }
            }
            Map<String, List<StoredFinding.Comment>> comments = comments(c, documentId, previous.orElse(documentId));
            List<StoredFinding> all = new ArrayList<>();
            for (StoredFinding f : current) {
                all.add(with(f, before.contains(f.fingerprint()) ? Trend.PRESENT : Trend.NEW, comments));
            }
            resolved.forEach(f -> all.add(with(f, Trend.RESOLVED, comments)));
            return all;
        });
    }

    Optional<StoredFinding> find(long id) {
        return sql.query(SELECT + " WHERE f.id = ?", r -> row(r, Trend.NEW), id).stream().findFirst();
    }

    void decide(long findingId, Decision decision, String reason, String user) {
        sql.inTransaction(c -> {
            String fingerprint = fingerprint(c, findingId);
            Sql.update(c, "DELETE FROM decisions WHERE fingerprint = ?", fingerprint);
            if (decision != Decision.OPEN) {
                Sql.update(c, "INSERT INTO decisions (fingerprint, decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                        fingerprint, decision.name(), reason, user, Instant.now());
            }
            return null;
        });
    }

    void comment(long findingId, String body, String user) {
        sql.inTransaction(c -> Sql.insert(c, "INSERT INTO comments (fingerprint, body, author, created_at) VALUES (?, ?, ?, ?)",
                fingerprint(c, findingId), body, user, Instant.now()));
    }

    /** Every finding with a decision or a comment, newest version of each fingerprint, for the export. */
    List<StoredFinding> decided() {
        return sql.inConnection(c -> {
            List<StoredFinding> rows = Sql.query(c, SELECT + " WHERE f.fingerprint IN (SELECT fingerprint FROM decisions"
                    + " UNION SELECT fingerprint FROM comments) ORDER BY f.id DESC", r -> row(r, Trend.PRESENT));
            Map<String, StoredFinding> latest = new LinkedHashMap<>();
            rows.forEach(f -> latest.putIfAbsent(f.fingerprint(), f));
            Map<String, List<StoredFinding.Comment>> comments = comments(c, -1, -1);
            return latest.values().stream().map(f -> with(f, Trend.PRESENT, comments)).toList();
        });
    }

    private static String fingerprint(Connection c, long findingId) throws SQLException {
        return Sql.query(c, "SELECT fingerprint FROM findings WHERE id = ?", r -> r.getString(1), findingId).stream()
                .findFirst().orElseThrow(() -> new NoSuchFindingException(findingId));
    }

    /** Comments by fingerprint, for the findings of two versions (all findings when both are -1). */
    private static Map<String, List<StoredFinding.Comment>> comments(Connection c, long documentId, long previousId)
            throws SQLException {
        String sql = "SELECT fingerprint, author, body, created_at FROM comments"
                + (documentId < 0 ? "" : " WHERE fingerprint IN (SELECT fingerprint FROM findings WHERE document_id IN (?, ?))")
                + " ORDER BY id";
        Object[] parameters = documentId < 0 ? new Object[0] : new Object[] {documentId, previousId};
        Map<String, List<StoredFinding.Comment>> byFingerprint = new LinkedHashMap<>();
        for (Object[] row : Sql.query(c, sql, r -> new Object[] {r.getString(1), new StoredFinding.Comment(r.getString(2),
                r.getString(3), Sql.instant(r, "created_at"))}, parameters)) {
            byFingerprint.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((StoredFinding.Comment) row[1]);
        }
        return byFingerprint;
    }

    private static StoredFinding with(StoredFinding f, Trend trend, Map<String, List<StoredFinding.Comment>> comments) {
        return new StoredFinding(f.id(), f.documentId(), f.key(), f.fingerprint(), f.ruleId(), f.ruleName(), f.severity(),
                f.message(), f.stated(), f.expected(), f.page(), f.sectionPath(), f.sentence(), trend, f.decision(),
                f.reason(), f.decidedBy(), f.decidedAt(), comments.getOrDefault(f.fingerprint(), List.of()), f.linkedDocumentId());
    }

    private static Long linked(ResultSet r) throws SQLException {
        long id = r.getLong("linked_document_id");
        return r.wasNull() ? null : id;
    }

    private static StoredFinding row(ResultSet r, Trend trend) throws SQLException {
        String decision = r.getString("decision");
        return new StoredFinding(r.getLong("id"), r.getLong("document_id"), r.getString("finding_key"),
                r.getString("fingerprint"), r.getString("rule_id"), r.getString("rule_name"), r.getString("severity"),
                r.getString("message"), r.getString("stated"), r.getString("expected"), r.getInt("page"),
                r.getString("section_path"), r.getString("sentence"), trend,
                decision == null ? Decision.OPEN : Decision.valueOf(decision), r.getString("reason"),
                r.getString("decided_by"), Sql.instant(r, "decided_at"), List.of(), linked(r));
    }
}
