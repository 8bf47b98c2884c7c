package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only record of inputs processed, keyed by the SHA-256 of their bytes:
 * {@code OUT/.juesuan/processed.log}, one line per input, {@code hash TAB DONE|FAILED TAB name TAB time}.
 * A line is appended, and forced to disk, only after the input's results or error record are in
 * place, so after a crash a line always means "finished"; a missing line means "do it again" (which
 * rewrites the same results under the same names). A torn last line from a crash is ignored.
 */
public final class ProcessedLedger implements AutoCloseable {
    /** What became of an input. */
    public enum Status { DONE, FAILED }

    /** One line of the ledger. */
    public record Entry(String hash, Status status, String name, Instant time) {
    }

    private final Path file;
    private final Map<String, Entry> byHash = new HashMap<>();
    private final FileChannel channel;

    public ProcessedLedger(Path outFolder) throws IOException {
        this.file = outFolder.resolve(".juesuan").resolve("processed.log");
        Files.createDirectories(file.getParent());
        boolean tornTail = false;
        if (Files.exists(file)) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            tornTail = !content.isEmpty() && !content.endsWith("\n");
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                parse(lines[i]).ifPresent(entry -> byHash.put(entry.hash(), entry));
            }
        }
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (channel.tryLock() == null) {
            channel.close();
            throw new FolderInUseException("另一个 juesuan 进程正在使用输出目录 " + outFolder
                    + " (another juesuan process is using this output folder)");
        }
        if (tornTail) {
            append("\n");
        }
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<Entry> find(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    public synchronized void record(String hash, Status status, String name) throws IOException {
        Entry entry = new Entry(hash, status, name.replaceAll("[\\t\\n\\r]", "_"), Instant.now());
        append(entry.hash() + "\t" + entry.status() + "\t" + entry.name() + "\t" + entry.time() + "\n");
        byHash.put(hash, entry);
    }

    private void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
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
