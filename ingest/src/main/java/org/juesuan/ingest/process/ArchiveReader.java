package org.juesuan.ingest.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.settings.IngestSettings.ArchiveLimits;

/**
 * Streams the documents out of a zip archive one entry at a time (memory holds one entry, however
 * large the archive), within explicit limits against zip bombs: total bytes inflated, entries,
 * nesting depth and the ratio of bytes inflated to bytes of archive read. A zip inside a zip is
 * opened when the depth allows. An entry whose path would leave the folder ("../../x", "/etc/x") is
 * refused and reported, never written; an entry larger than one document may be is refused too.
 * Each archive's central directory is judged against the limits before any of its entries is
 * inflated ({@link CentralDirectory}); the counting while inflating catches a directory that lies.
 */
public final class ArchiveReader {
    /** Ratios are judged only once this much has been inflated: tiny archives compress oddly. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** A central directory larger than this (about 200,000 entries) is refused unread. */
    private static final long DIRECTORY_LIMIT = 16L * 1024 * 1024;

    /** Receives each entry: a document to process, or one refused with its reason. */
    public interface EntryVisitor {
        void document(String outputName, SourceDocument document) throws InterruptedException;

        void refused(String outputName, IngestFailure reason) throws InterruptedException;
    }

    private final ArchiveLimits limits;
    private final long maxDocumentBytes;

    public ArchiveReader(ArchiveLimits limits, long maxDocumentBytes) {
        this.limits = limits;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public static boolean isArchive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Reads the zip file {@code file}, named {@code archiveName} (its output-name prefix). Its central
     * directory is judged first, so an archive over the limits is refused before any entry is read.
     */
    public void read(Path file, String archiveName, EntryVisitor visitor) throws IngestFailure, InterruptedException {
        try {
            judge(CentralDirectory.of(file, DIRECTORY_LIMIT));
        } catch (CentralDirectory.NotAZip e) {
            throw damaged(e);
        } catch (IOException e) {
            throw new IngestFailure("archive", "读取压缩包出错", "cannot read the zip: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Counting counted = new Counting(in);
            read(counted, archiveName, 1, new Budget(counted), visitor);
        } catch (IOException e) {
            throw new IngestFailure("archive", "读取压缩包出错", "cannot read the zip: " + e.getMessage(), e);
        }
    }

    /** Refuses an archive whose directory declares more entries, bytes or compression than allowed. */
    private void judge(CentralDirectory directory) throws IngestFailure {
        if (directory.entries() > limits.maxEntries()) {
            throw new IngestFailure("archive", "压缩包内文件数超过上限" + limits.maxEntries() + "（共 " + directory.entries()
                    + " 个，疑似压缩炸弹），未解压任何文件", "central directory lists " + directory.entries()
                    + " entries, more than archive.max-entries=" + limits.maxEntries() + " (zip bomb?); nothing extracted");
        }
        if (directory.uncompressed() > limits.maxUncompressedBytes()) {
            throw new IngestFailure("archive", "压缩包解压后总大小超过上限（过大 / 疑似压缩炸弹），未解压任何文件",
                    "central directory declares " + directory.uncompressed() + " bytes uncompressed, more than "
                            + "archive.max-megabytes (zip bomb?); nothing extracted");
        }
        if (directory.uncompressed() > RATIO_GRACE_BYTES
                && directory.uncompressed() / Math.max(1, directory.compressed()) > limits.maxRatio()) {
            throw new IngestFailure("archive", "压缩包压缩比异常（超过" + limits.maxRatio() + "倍，疑似压缩炸弹），未解压任何文件",
                    "central directory declares a compression ratio above archive.max-ratio=" + limits.maxRatio()
                            + " (zip bomb?); nothing extracted");
        }
    }

    private static IngestFailure damaged(Exception e) {
        return new IngestFailure("archive", "压缩包已损坏或加密，无法读取", "damaged or encrypted zip: " + e.getMessage(), e);
    }

    private void read(InputStream in, String prefix, int depth, Budget budget, EntryVisitor visitor)
            throws IngestFailure, InterruptedException {
        if (depth > limits.maxDepth()) {
            throw new IngestFailure("archive", "压缩包嵌套层数超过上限" + limits.maxDepth(),
                    "archives nested deeper than archive.max-depth=" + limits.maxDepth());
        }
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("archive abandoned");
                }
                budget.entry();
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    budget.drain(zip);
                    continue;
                }
                Optional<String> path = OutputNames.safeEntryPath(entry.getName());
                String outputName = OutputNames.flatten(prefix, path.orElse(entry.getName()));
                if (path.isEmpty()) {
                    budget.drain(zip);
                    visitor.refused(outputName, new IngestFailure("archive", "压缩包内文件路径不安全（" + entry.getName()
                            + "），已拒绝", "unsafe entry path refused: " + entry.getName()));
                    continue;
                }
                long cap = isArchive(entry.getName()) ? limits.maxUncompressedBytes() : maxDocumentBytes;
                byte[] bytes = budget.readUpTo(zip, cap);
                if (bytes == null) {
                    visitor.refused(outputName, new IngestFailure("archive", "压缩包内文件超过大小上限",
                            "entry larger than " + cap + " bytes: " + entry.getName()));
                    continue;
                }
                if (isArchive(entry.getName())) {
                    if (depth + 1 > limits.maxDepth()) {
                        throw new IngestFailure("archive", "压缩包嵌套层数超过上限" + limits.maxDepth(),
                                "archives nested deeper than archive.max-depth=" + limits.maxDepth());
                    }
                    try {
                        judge(CentralDirectory.of(bytes, DIRECTORY_LIMIT));
                    } catch (CentralDirectory.NotAZip e) {
                        throw damaged(e);
                    }
                    read(new ByteArrayInputStream(bytes), outputName, depth + 1, budget, visitor);
                } else {
                    visitor.document(outputName, new SourceDocument(baseName(path.get()), bytes));
                }
            }
        } catch (ZipException e) {
            throw damaged(e);
        } catch (IOException e) {
            throw new IngestFailure("archive", "读取压缩包出错", "cannot read the zip: " + e.getMessage(), e);
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** What the whole archive (nested ones included) may still inflate. */
    private final class Budget {
        private final Counting compressed;
        private long inflated;
        private int entries;

        Budget(Counting compressed) {
            this.compressed = compressed;
        }

        void entry() throws IngestFailure {
            if (++entries > limits.maxEntries()) {
                throw new IngestFailure("archive", "压缩包内文件数超过上限" + limits.maxEntries() + "（疑似压缩炸弹）",
                        "more than archive.max-entries=" + limits.maxEntries() + " entries (zip bomb?)");
            }
        }

        /** The entry's bytes, or null when it exceeds {@code cap} (the rest is drained, within the budget). */
        byte[] readUpTo(InputStream entry, long cap) throws IOException, IngestFailure {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            long size = 0;
            while ((n = entry.read(buffer)) > 0) {
                inflated(n);
                size += n;
                if (size > cap) {
                    drain(entry);
                    return null;
                }
                bytes.write(buffer, 0, n);
            }
            return bytes.toByteArray();
        }

        void drain(InputStream entry) throws IOException, IngestFailure {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = entry.read(buffer)) > 0) {
                inflated(n);
            }
        }

        private void inflated(int n) throws IngestFailure {
            inflated += n;
            if (inflated > limits.maxUncompressedBytes()) {
                throw new IngestFailure("archive", "压缩包解压后总大小超过上限（疑似压缩炸弹）",
                        "more than archive.max-megabytes uncompressed (zip bomb?)");
            }
            if (inflated > RATIO_GRACE_BYTES && inflated / Math.max(1, compressed.count) > limits.maxRatio()) {
                throw new IngestFailure("archive", "压缩包压缩比异常（超过" + limits.maxRatio() + "倍，疑似压缩炸弹）",
                        "compression ratio above archive.max-ratio=" + limits.maxRatio() + " (zip bomb?)");
            }
        }
    }

    /** Counts the archive's own bytes as the inflater consumes them. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
