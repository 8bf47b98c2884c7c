package org.juesuan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Severity;

/** The documents table and the files' bytes: versions as they arrive, are read, finish or fail. */
final class Documents {
    /** Every column but model_json, which is large and read only when the model is asked for. */
    private static final String SELECT = "SELECT d.id, d.sha256, d.source_name, d.origin, d.status, d.reason, d.format, d.pages,"
            + " d.title, d.organization, d.fiscal_year, d.errors, d.warnings, d.infos, d.uploaded_at, d.finished_at, (SELECT COUNT(*) FROM findings f JOIN decisions x"
            + " ON x.fingerprint = f.fingerprint WHERE f.document_id = d.id AND x.decision <> 'OPEN') AS decided"
            + " FROM documents d";

    private final Sql sql;

    Documents(Sql sql) {
        this.sql = sql;
    }

    long create(String sha256, String sourceName, String origin, Long runId, byte[] content) {
        return sql.inTransaction(c -> {
            if (Sql.query(c, "SELECT 1 FROM document_files WHERE sha256 = ?", r -> 1, sha256).isEmpty()) {
                Sql.update(c, "INSERT INTO document_files (sha256, content) VALUES (?, ?)", sha256, content);
            }
            return Sql.insert(c, "INSERT INTO documents (sha256, source_name, origin, run_id, status, uploaded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", sha256, sourceName, origin, runId, DocumentStatus.QUEUED.name(), Instant.now());
        });
    }

    void status(long id, DocumentStatus status) {
        sql.update("UPDATE documents SET status = ? WHERE id = ?", status.name(), id);
    }

    void fail(long id, String reason) {
        sql.update("UPDATE documents SET status = ?, reason = ?, finished_at = ? WHERE id = ?",
                DocumentStatus.FAILED.name(), reason, Instant.now(), id);
    }

    /** Records what was read, in the caller's transaction (the findings go in with it). */
    static void complete(Connection c, long id, Disclosure checked, String modelJson) throws SQLException {
        DocumentInfo info = checked.document();
        Sql.update(c, "UPDATE documents SET status = ?, reason = NULL, format = ?, pages = ?, title = ?, organization = ?,"
                        + " org_key = ?, fiscal_year = ?, errors = ?, warnings = ?, infos = ?, finished_at = ?, model_json = ?"
                        + " WHERE id = ?",
                DocumentStatus.DONE.name(), info.format().name(), info.pages(), info.title(), info.organization(),
                OrganizationKey.of(info.organization()), info.fiscalYear(), count(checked, Severity.ERROR),
                count(checked, Severity.WARNING), count(checked, Severity.INFO), Instant.now(), modelJson, id);
    }

    /** A done version's counts and model after some of its findings were replaced, in the caller's transaction. */
    static void recount(Connection c, long id, Disclosure checked, String modelJson) throws SQLException {
        Sql.update(c, "UPDATE documents SET errors = ?, warnings = ?, infos = ?, model_json = ? WHERE id = ?",
                count(checked, Severity.ERROR), count(checked, Severity.WARNING), count(checked, Severity.INFO), modelJson, id);
    }

    private static int count(Disclosure checked, Severity severity) {
        return (int) checked.findings().stream().filter(f -> f.severity() == severity).count();
    }

    Optional<StoredDocument> find(long id) {
        return sql.query(SELECT + " WHERE d.id = ?", Documents::row, id).stream().findFirst();
    }

    List<StoredDocument> list(DocumentQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (LOWER(COALESCE(d.organization, '')) LIKE ? OR LOWER(COALESCE(d.title, '')) LIKE ?"
                    + " OR LOWER(d.source_name) LIKE ?)");
            String like = "%" + query.text().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.add(like);
            parameters.add(like);
            parameters.add(like);
        }
        if (query.year() != null) {
            where.append(" AND d.fiscal_year = ?");
            parameters.add(query.year());
        }
        if (query.status() != null) {
            where.append(" AND d.status = ?");
            parameters.add(query.status().name());
        }
        List<StoredDocument> rows = sql.query(SELECT + where + " ORDER BY d.id DESC", Documents::row, parameters.toArray());
        return rows.stream().filter(d -> query.open() == null || query.open() == (d.open() > 0))
                .limit(query.limit()).toList();
    }

    Optional<byte[]> content(String sha256) {
        return sql.query("SELECT content FROM document_files WHERE sha256 = ?", r -> r.getBytes(1), sha256).stream().findFirst();
    }

    Optional<String> modelJson(long id) {
        return sql.query("SELECT model_json FROM documents WHERE id = ? AND model_json IS NOT NULL",
                r -> r.getString(1), id).stream().findFirst();
    }

    /**
     * The version before this one: the latest done document of the same organization and year (the
     * same file name when either is unknown) stored before it.
     */
    static Optional<Long> previous(Connection c, long id) throws SQLException {
        List<Long> found = Sql.query(c, "SELECT p.id FROM documents d JOIN documents p ON p.id < d.id AND p.status = 'DONE'"
                + " AND ((d.org_key IS NOT NULL AND d.fiscal_year IS NOT NULL AND p.org_key = d.org_key"
                + " AND p.fiscal_year = d.fiscal_year) OR ((d.org_key IS NULL OR d.fiscal_year IS NULL)"
                + " AND p.source_name = d.source_name)) WHERE d.id = ? ORDER BY p.id DESC", r -> r.getLong(1), id);
        return found.stream().findFirst();
    }

    /** The latest done version of each other year of the same organization: the seam for cross-year checks. */
    List<StoredDocument> otherYears(long id) {
        List<StoredDocument> all = sql.query(SELECT + " JOIN documents me ON me.id = ? WHERE d.status = 'DONE'"
                + " AND d.org_key = me.org_key AND d.fiscal_year <> me.fiscal_year ORDER BY d.fiscal_year, d.id DESC",
                Documents::row, id);
        List<StoredDocument> latest = new ArrayList<>();
        for (StoredDocument d : all) {
            if (latest.stream().noneMatch(l -> l.fiscalYear().equals(d.fiscalYear()))) {
                latest.add(d);
            }
        }
        return latest;
    }

    List<StoredDocument> doneOfYear(int fiscalYear) {
        return sql.query(SELECT + " WHERE d.status = 'DONE' AND d.fiscal_year = ? ORDER BY d.id DESC", Documents::row, fiscalYear);
    }

    private static StoredDocument row(ResultSet r) throws SQLException {
        return new StoredDocument(r.getLong("id"), r.getString("sha256"), r.getString("source_name"), r.getString("origin"),
                DocumentStatus.valueOf(r.getString("status")), r.getString("reason"), r.getString("format"),
                Sql.integer(r, "pages"), r.getString("title"), r.getString("organization"), Sql.integer(r, "fiscal_year"),
                r.getInt("errors"), r.getInt("warnings"), r.getInt("infos"), r.getInt("decided"),
                Sql.instant(r, "uploaded_at"), Sql.instant(r, "finished_at"));
    }
}
