package org.juesuan.ingest.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only record of inputs processed, keyed by the SHA-256 of their bytes:
 * {@code OUT/.juesuan/processed.log}, one line per input, {@code hash TAB DONE|FAILED TAB name TAB time}.
 * A line is appended, and forced to disk, only after the input's results or error record are in
 * place, so after a crash a line always means "finished"; a missing line means "do it again" (which
 * rewrites the same results under the same names). A torn last line (a crash while it was being
 * appended, never acknowledged) is cut off when the ledger opens.
 * <p>
 * The file is read once, when the ledger opens, into an index from each hash to where its latest
 * line starts; after that a look-up reads that one line and a record appends one line, so the cost
 * per input does not grow with the number of inputs recorded (the file is never rewritten or
 * scanned again), and the index holds no names (some 100 bytes an input).
 */
public final class ProcessedLedger implements AutoCloseable {
    /** What became of an input. */
    public enum Status { DONE, FAILED }

    /** One line of the ledger. */
    public record Entry(String hash, Status status, String name, Instant time) {
        /** The line as the ledger stores it, its line break included. */
        public String line() {
            return hash + "\t" + status + "\t" + name + "\t" + time + "\n";
        }
    }

    /** The 32 bytes of a SHA-256, as a compact key. */
    private record HashKey(long a, long b, long c, long d) {
        static Optional<HashKey> of(String hex) {
            if (hex.length() != 64) {
                return Optional.empty();
            }
            try {
                return Optional.of(new HashKey(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32),
                        HexFormat.fromHexDigitsToLong(hex, 32, 48), HexFormat.fromHexDigitsToLong(hex, 48, 64)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Bytes read at a time when the ledger opens. */
    private static final int LOAD_CHUNK = 1 << 20;

    private final Path file;
    private final Map<HashKey, Long> lineStarts = new HashMap<>();
    private final FileChannel channel;

    public ProcessedLedger(Path outFolder) throws IOException {
        this.file = outFolder.resolve(".juesuan").resolve("processed.log");
        Files.createDirectories(file.getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (lockOrNull() == null) {
                throw new FolderInUseException("另一个 juesuan 进程正在使用输出目录 " + outFolder
                        + " (another juesuan process is using this output folder)");
            }
            long complete = load();
            if (complete < channel.size()) {
                channel.truncate(complete);
                channel.force(false);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The OS lock on the ledger, or null when another process (or another ledger here) holds it. */
    private java.nio.channels.FileLock lockOrNull() throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    public Path file() {
        return file;
    }

    /** Inputs recorded (distinct bytes). */
    public synchronized int size() {
        return lineStarts.size();
    }

    public synchronized Optional<Entry> find(String hash) throws IOException {
        Optional<HashKey> key = HashKey.of(hash);
        Long start = key.isEmpty() ? null : lineStarts.get(key.get());
        if (start == null) {
            return Optional.empty();
        }
        return parse(lineAt(start)).filter(entry -> entry.hash().equals(hash));
    }

    public synchronized void record(String hash, Status status, String name) throws IOException {
        HashKey key = HashKey.of(hash).orElseThrow(() -> new IllegalArgumentException("not a SHA-256: " + hash));
        Entry entry = new Entry(hash, status, name.replaceAll("[\\t\\n\\r]", "_"), Instant.now());
        long start = channel.size();
        append(entry.line());
        lineStarts.put(key, start);
    }

    /** Indexes every complete line; returns where the complete lines end (before a torn last line). */
    private long load() throws IOException {
        return JournalLines.scan(channel, LOAD_CHUNK,
                (line, start) -> index(new String(line, StandardCharsets.UTF_8), start));
    }

    private void index(String line, long start) {
        parse(line).flatMap(entry -> HashKey.of(entry.hash())).ifPresent(key -> lineStarts.put(key, start));
    }

    /** The line that starts at {@code start}, without its line break. */
    private String lineAt(long start) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        ByteBuffer buffer = ByteBuffer.allocate(512);
        long position = start;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return line.toString(StandardCharsets.UTF_8);
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    line.write(buffer.array(), 0, i);
                    return line.toString(StandardCharsets.UTF_8);
                }
            }
            line.write(buffer.array(), 0, read);
            position += read;
        }
    }

    private void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long position = channel.size();
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(false);
    }

    private static Optional<Entry> parse(String line) {
        String[] fields = line.split("\t");
        if (fields.length != 4 || fields[0].length() != 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(fields[0], Status.valueOf(fields[1]), fields[2], Instant.parse(fields[3])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
