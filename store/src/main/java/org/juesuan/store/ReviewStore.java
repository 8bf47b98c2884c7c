package org.juesuan.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.model.Disclosure;
import org.juesuan.store.db.Database;

/**
 * The review store: document versions with their findings, the decisions and comments reviewers
 * give (kept by fingerprint, so they outlive a version), and the runs that fed it. Thread-safe:
 * every call takes a pooled connection of its own.
 */
public final class ReviewStore implements AutoCloseable {
    private final Database database;
    private final Documents documents;
    private final Findings findings;
    private final Users users;
    private final Sql sql;

    private ReviewStore(Database database) {
        this.database = database;
        this.sql = new Sql(database.dataSource());
        this.documents = new Documents(sql);
        this.findings = new Findings(sql);
        this.users = new Users(sql);
    }

    /** Opens (and migrates) the store at the location with a pool of at most {@code maxConnections}. */
    public static ReviewStore open(StoreLocation location, int maxConnections) {
        return new ReviewStore(Database.open(location, maxConnections));
    }

    public long startRun(String origin) {
        return sql.inTransaction(c -> Sql.insert(c, "INSERT INTO runs (origin, started_at) VALUES (?, ?)", origin, Instant.now()));
    }

    public void finishRun(long runId) {
        sql.update("UPDATE runs SET finished_at = ? WHERE id = ?", Instant.now(), runId);
    }

    /** Stores the file (once per distinct content) and a new queued version of it; returns its id. */
    public long addDocument(String sha256, String sourceName, String origin, Long runId, byte[] content) {
        return documents.create(sha256, sourceName, origin, runId, content);
    }

    public void reading(long documentId) {
        documents.status(documentId, DocumentStatus.READING);
    }

    /** Records the checked model and its findings, in one transaction. */
    public void complete(long documentId, Disclosure checked, String modelJson) {
        complete(documentId, checked, modelJson, Map.of());
    }

    /**
     * Records the checked model and its findings, in one transaction; {@code links} names, by finding key (k1…),
     * the stored version of another document a finding compares with (a cross-year finding's other year).
     */
    public void complete(long documentId, Disclosure checked, String modelJson, Map<String, Long> links) {
        sql.inTransaction(c -> {
            Sql.update(c, "DELETE FROM findings WHERE document_id = ?", documentId);
            Findings.insert(c, documentId, checked.findings(), links);
            Documents.complete(c, documentId, checked, modelJson);
            return null;
        });
    }

    /**
     * Puts a done version's findings of one rule in place of those it had (the others keep their ids), with its
     * model and counts, in one transaction: a later year's cross-year findings once its previous year arrives.
     * Decisions belong to fingerprints, so they hold.
     */
    public void replaceFindings(long documentId, String ruleId, Disclosure checked, String modelJson, Map<String, Long> links) {
        sql.inTransaction(c -> {
            Sql.update(c, "DELETE FROM findings WHERE document_id = ? AND rule_id = ?", documentId, ruleId);
            Findings.insert(c, documentId, checked.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList(), links);
            Documents.recount(c, documentId, checked, modelJson);
            return null;
        });
    }

    public void fail(long documentId, String reason) {
        documents.fail(documentId, reason);
    }

    public Optional<StoredDocument> document(long id) {
        return documents.find(id);
    }

    public List<StoredDocument> documents(DocumentQuery query) {
        return documents.list(query);
    }

    /** The model JSON of a done version. */
    public Optional<String> modelJson(long documentId) {
        return documents.modelJson(documentId);
    }

    /** The bytes of a stored file, by its SHA-256. */
    public Optional<byte[]> content(String sha256) {
        return documents.content(sha256);
    }

    /** The version's findings (NEW / PRESENT), then the previous version's findings it no longer has (RESOLVED). */
    public List<StoredFinding> findings(long documentId) {
        return findings.of(documentId);
    }

    public Optional<StoredFinding> finding(long findingId) {
        return findings.find(findingId);
    }

    /** Sets the decision of the finding's fingerprint; OPEN withdraws it. */
    public void decide(long findingId, Decision decision, String reason, String user) {
        findings.decide(findingId, decision, reason, user);
    }

    public void comment(long findingId, String body, String user) {
        findings.comment(findingId, body, user);
    }

    /** Findings with a decision or a comment (the latest version of each), for the decisions export. */
    public List<StoredFinding> decided() {
        return findings.decided();
    }

    /**
     * The latest done version of each other year of the same organization: where a cross-year check
     * finds last year's report once this one is stored.
     */
    public List<StoredDocument> otherYears(long documentId) {
        return documents.otherYears(documentId);
    }

    /** Who may use the review app. */
    public Users users() {
        return users;
    }

    /** The done versions of one fiscal year, newest first (the caller tells organizations and kinds apart). */
    public List<StoredDocument> doneOfYear(int fiscalYear) {
        return documents.doneOfYear(fiscalYear);
    }

    @Override
    public void close() {
        database.close();
    }
}
