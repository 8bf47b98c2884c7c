package org.juesuan.spark.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.ArchiveReader;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.ingest.process.IngestFailure;
import org.juesuan.ingest.process.OutputNames;

/**
 * A zip of the archive, opened as batch opens it ({@link ArchiveReader}: its central directory judged
 * against the {@code archive.*} limits before any entry is inflated, nested zips to the allowed depth,
 * unsafe or oversized entries refused): each entry becomes its own documents-table row, read and
 * checked like any document; a refused zip is one failed row of its own, with batch's reason. The
 * reader works on a file, so the zip's bytes are put in a temporary file of the executor meanwhile.
 */
final class ZipDocuments {
    private final ReadingSettings settings;
    private final DocumentChecking checking;

    ZipDocuments(ReadingSettings settings, DocumentChecking checking) {
        this.settings = settings;
        this.checking = checking;
    }

    static boolean isZip(String path) {
        return ArchiveReader.isArchive(path);
    }

    /**
     * The rows of the zip at {@code path} (a Hadoop path), named {@code name} as batch names it (its path
     * under the input, flattened), whose SHA-256 is {@code hash}.
     */
    List<Row> rows(String path, String name, String hash, byte[] content) throws InterruptedException {
        long started = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        Path file = null;
        try {
            file = Files.createTempFile("juesuan-zip-", ".zip");
            Files.write(file, content);
            new ArchiveReader(settings.archive().limits(), settings.maxBytes()).read(file, name, new Entries(path, name, hash, rows));
        } catch (IngestFailure e) {
            rows.add(refused(path, hash, content.length, ErrorRecord.of(name, hash, e), started));
        } catch (IOException e) {
            IngestFailure unwritable = new IngestFailure("archive", "读取压缩包出错", "cannot read the zip: " + e.getMessage(), e);
            rows.add(refused(path, hash, content.length, ErrorRecord.of(name, hash, unwritable), started));
        } finally {
            deleteQuietly(file);
        }
        return rows;
    }

    private static Row refused(String path, String hash, long bytes, ErrorRecord record, long started) {
        return ResultRows.row(new DocumentResult(path, hash, bytes, DocumentStatus.FAILED, null, record,
                (System.nanoTime() - started) / 1_000_000), hash);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Each entry as batch names it (ZIP!dir!entry) after the zip's own path. */
    private final class Entries implements ArchiveReader.EntryVisitor {
        private final String path;
        private final String name;
        private final String archiveHash;
        private final List<Row> rows;

        Entries(String path, String name, String archiveHash, List<Row> rows) {
            this.path = path;
            this.name = name;
            this.archiveHash = archiveHash;
            this.rows = rows;
        }

        @Override
        public void document(String outputName, SourceDocument document) throws InterruptedException {
            rows.add(ResultRows.row(checking.check(entryPath(outputName), document.name(), outputName,
                    document.contentHash(), document.content()), archiveHash));
        }

        @Override
        public void refused(String outputName, IngestFailure reason) {
            rows.add(ResultRows.row(new DocumentResult(entryPath(outputName), null, 0, DocumentStatus.FAILED, null,
                    ErrorRecord.of(outputName, null, reason), 0), archiveHash));
        }

        /** The zip's path, then the entry's path inside it as batch flattens it: file:/in/a.zip!dir!entry.docx. */
        private String entryPath(String outputName) {
            String prefix = OutputNames.flatten(name);
            return outputName.startsWith(prefix) ? path + outputName.substring(prefix.length()) : path + "!" + outputName;
        }
    }
}
