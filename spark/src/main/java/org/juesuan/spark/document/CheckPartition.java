package org.juesuan.spark.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The executor side of the job: each binaryFile row (path, content) of a partition becomes one
 * documents-table row, lazily, so a partition never holds more than the document in hand.
 */
public final class CheckPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ReadingSettings settings;

    public CheckPartition(ReadingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        DocumentChecking checking = new DocumentChecking(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                String path = file.getString(file.fieldIndex("path"));
                byte[] content = (byte[]) file.get(file.fieldIndex("content"));
                try {
                    return ResultRows.row(checking.check(path, fileName(path), sha256(content), content));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task cancelled while reading " + path, e);
                }
            }
        };
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
