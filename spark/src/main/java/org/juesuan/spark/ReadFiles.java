package org.juesuan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor reads each document of its chunk itself, by the path the listing gave, through the
 * Hadoop file system: Spark's file sources would take those paths as glob patterns, and a name with
 * [, ], *, ?, { or } would then match nothing (or another file). A path is Hadoop's unescaped form
 * (spaces, #, % and Chinese as they are), which {@link Path#Path(String)} reads back. A file that
 * cannot be read gets null content: its row then says so, as batch's does.
 */
final class ReadFiles implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadFiles.class);

    private final SerializableConfiguration hadoop;

    ReadFiles(SerializableConfiguration hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Row next() {
                String path = paths.next();
                return RowFactory.create(path, read(path));
            }
        };
    }

    private byte[] read(String path) {
        Path file = new Path(path);
        try (InputStream in = file.getFileSystem(hadoop.value()).open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", path, e.toString());
            return null;
        }
    }
}
