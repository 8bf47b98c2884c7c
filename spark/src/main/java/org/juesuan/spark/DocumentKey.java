package org.juesuan.spark;

import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;

import org.apache.spark.sql.Column;

/**
 * What makes two inputs one document for the job: the SHA-256 of their bytes and the extension of
 * their name (lower case). The same bytes under {@code .pdf} and {@code .txt} are two documents, as
 * batch gives them: the reading verdict judges the content against the name (a text named .pdf
 * fails as a mismatch, the same text named .txt is read), and the reading notes name the extension.
 * The same bytes under two names of one extension are read once.
 */
final class DocumentKey {
    static final String EXTENSION = "extension";
    /** The last extension of a path or zip entry path: {@code …/a.PDF} → pdf, {@code …/a.zip!dir!b.docx} → docx. */
    private static final String LAST_EXTENSION = "\\.([^./!]+)$";

    private DocumentKey() {
    }

    static Column extension(Column path) {
        return lower(regexp_extract(path, LAST_EXTENSION, 1));
    }
}
