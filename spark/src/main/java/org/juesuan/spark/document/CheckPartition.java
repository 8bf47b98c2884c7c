package org.juesuan.spark.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The executor side of the job: each row (path, content) of a partition becomes one
 * documents-table row — a zip one row per entry ({@link ZipDocuments}) — lazily, so a partition never
 * holds more than the file in hand.
 */
public final class CheckPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ReadingSettings settings;
    private final InputNames names;

    public CheckPartition(ReadingSettings settings, InputNames names) {
        this.settings = settings;
        this.names = names;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        DocumentChecking checking = new DocumentChecking(settings);
        ZipDocuments zips = new ZipDocuments(settings, checking);
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = rows(files.next(), checking, zips, names).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static List<Row> rows(Row file, DocumentChecking checking, ZipDocuments zips, InputNames names) {
        // By position: the rows come straight from the reading step, which gives them no schema.
        String path = file.getString(0);
        byte[] content = (byte[]) file.get(1);
        String recordName = names.of(path);
        if (content == null) {
            return List.of(ResultRows.row(DocumentChecking.unreadable(path, recordName)));
        }
        try {
            if (ZipDocuments.isZip(path)) {
                return zips.rows(path, recordName, sha256(content), content);
            }
            return List.of(ResultRows.row(checking.check(path, fileName(path), recordName, sha256(content), content)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task cancelled while reading " + path, e);
        }
    }

    /** The last segment of a Hadoop path: the name batch gives the reader. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
