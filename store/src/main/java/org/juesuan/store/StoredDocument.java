package org.juesuan.store;

import java.time.Instant;

/**
 * One stored version of a document, with its findings counted.
 *
 * @param id           the store's id
 * @param sha256       the file's SHA-256 (the model's document id)
 * @param sourceName   the name it arrived under (shown, never used as a path)
 * @param origin       upload, watch or batch
 * @param status       queued, reading, done, failed
 * @param reason       why it failed, in Chinese, or null
 * @param format       DOCX, DOC, PDF, TXT once read, else null
 * @param pages        pages once read, else null
 * @param title        the title as printed, or null
 * @param organization the organization as printed, or null
 * @param fiscalYear   the accounts' year, or null
 * @param errors       findings of severity ERROR
 * @param warnings     findings of severity WARNING
 * @param infos        findings of severity INFO
 * @param decided      findings with a decision (confirmed or dismissed)
 * @param uploadedAt   when it arrived
 * @param finishedAt   when its reading ended, or null
 */
public record StoredDocument(long id, String sha256, String sourceName, String origin, DocumentStatus status,
                             String reason, String format, Integer pages, String title, String organization,
                             Integer fiscalYear, int errors, int warnings, int infos, int decided,
                             Instant uploadedAt, Instant finishedAt) {
    public int findings() {
        return errors + warnings + infos;
    }

    public int open() {
        return findings() - decided;
    }
}
