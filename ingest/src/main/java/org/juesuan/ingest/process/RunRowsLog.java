package org.juesuan.ingest.process;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RunRows;

/**
 * The run's rows, {@code OUT/.juesuan/rows.log}: one line appended per document as it finishes
 * (what the index, workbook and CSV need of it: identity and findings, no text), per file that
 * failed, or per result withdrawn, and one of its cross-year figures: {@code D|F|W|Y TAB "name" TAB json}, the name as a JSON string (so it
 * holds no raw tab or line break) and the row as JSON, read only when the reports are written. The latest line of a name wins. Only the names and where their
 * latest lines start are held in memory, so the run's reports are written by reading the rows back
 * one at a time, and their memory does not grow with the findings of the run.
 * <p>
 * The rows are derived data: they are not forced to disk (the ledger is), a torn last line is cut off
 * when the log opens, and a log grown mostly of replaced lines is compacted then.
 */
final class RunRowsLog implements RunRows, AutoCloseable {
    /**
     * What a line says of its name: a document read, a file that failed, its result withdrawn, or the
     * figures the cross-year stage compares (after its D line, for a document that names its organization and year).
     */
    private enum Kind { D, F, W, Y }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunRowsLog.class);
    private static final int LOAD_CHUNK = 1 << 16;

    private final Path file;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Name → where its latest line starts, for the live names (documents and failures); sorted by name. */
    private final Map<String, Long> documents = new TreeMap<>();
    private final Map<String, Long> failures = new TreeMap<>();
    private final Map<String, Long> years = new TreeMap<>();
    private FileChannel channel;
    private int deadLines;

    RunRowsLog(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        open();
        if (deadLines > 64 && deadLines > documents.size() + failures.size() + years.size()) {
            compact();
        }
    }

    /** Whether the log existed before this run (else its rows must be collected from the folder's results). */
    static boolean exists(Path file) {
        return Files.exists(file);
    }

    void document(String name, DocumentSummary summary) throws IOException {
        append(Kind.D, name, summary);
    }

    void failure(String name, FailedDocument failure) throws IOException {
        append(Kind.F, name, failure);
    }

    /** The cross-year figures of the document {@code name}, appended after its row. */
    void yearFigures(String name, YearFigures figures) throws IOException {
        append(Kind.Y, name, figures);
    }

    synchronized void withdraw(String name) throws IOException {
        if (documents.containsKey(name) || failures.containsKey(name)) {
            append(Kind.W, name, null);
        }
    }

    /** Whether {@code name} has a live row (a document or a failure). */
    synchronized boolean has(String name) {
        return documents.containsKey(name) || failures.containsKey(name);
    }

    synchronized int documentCount() {
        return documents.size();
    }

    @Override
    public synchronized void documents(Visitor<DocumentSummary> visitor) throws IOException {
        for (long start : documents.values()) {
            Optional<DocumentSummary> row = rowAt(start, DocumentSummary.class);
            if (row.isPresent()) {
                visitor.visit(row.get());
            }
        }
    }

    @Override
    public synchronized void failures(Visitor<FailedDocument> visitor) throws IOException {
        for (long start : failures.values()) {
            Optional<FailedDocument> row = rowAt(start, FailedDocument.class);
            if (row.isPresent()) {
                visitor.visit(row.get());
            }
        }
    }

    /** The cross-year figures of the named documents (those that have them), with their names. */
    synchronized void yearFigures(java.util.Collection<String> names, java.util.function.BiConsumer<String, YearFigures> visitor)
            throws IOException {
        for (String name : names) {
            Long start = years.get(name);
            if (start != null) {
                rowAt(start, YearFigures.class).ifPresent(figures -> visitor.accept(name, figures));
            }
        }
    }

    /**
     * The names of the documents with cross-year figures, by organization: only each row's identity is
     * kept, so the cross-year stage can then read the figures of one organization at a time.
     */
    synchronized Map<String, java.util.List<String>> yearNamesByOrganization() throws IOException {
        Map<String, java.util.List<String>> names = new TreeMap<>();
        for (Map.Entry<String, Long> entry : years.entrySet()) {
            rowAt(entry.getValue(), IdentityOnly.class).ifPresent(row -> names
                    .computeIfAbsent(row.identity().organization(), o -> new java.util.ArrayList<>()).add(entry.getKey()));
        }
        return names;
    }

    /** A Y line read for its identity alone (the figures are skipped, not built). */
    private record IdentityOnly(org.juesuan.crossyear.DocumentIdentity identity) {
    }

    /** Forgets every row: the rows are about to be collected again from the folder's results. */
    synchronized void clear() throws IOException {
        channel.truncate(0);
        documents.clear();
        failures.clear();
        years.clear();
        deadLines = 0;
    }

    /** Appends a line; the row is turned into JSON before the log is locked, so workers do that in parallel. */
    private void append(Kind kind, String name, Object row) throws IOException {
        String text = kind + "\t" + mapper.writeValueAsString(name) + "\t" + (row == null ? "" : mapper.writeValueAsString(row)) + "\n";
        appendLine(kind, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void appendLine(Kind kind, String name, byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        long start = channel.size();
        long position = start;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        index(kind, name, start);
    }

    private void index(Kind kind, String name, long start) {
        if (kind == Kind.Y) {
            deadLines += years.put(name, start) != null ? 1 : 0;
            return;
        }
        boolean replaced = documents.remove(name) != null | failures.remove(name) != null;
        deadLines += (replaced ? 1 : 0) + (years.remove(name) != null ? 1 : 0);
        switch (kind) {
            case D -> documents.put(name, start);
            case F -> failures.put(name, start);
            default -> deadLines++;
        }
    }

    private void open() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long complete = load();
        if (complete < channel.size()) {
            channel.truncate(complete);
        }
    }

    /** Indexes every complete line by its kind and name (its row is not parsed); returns where they end. */
    private long load() throws IOException {
        return JournalLines.scan(channel, LOAD_CHUNK, this::indexLine);
    }

    private void indexLine(byte[] line, long start) {
        int nameEnd = nameEnd(line);
        if (line.length < 3 || line[1] != '\t' || nameEnd < 0) {
            return; // not a line of ours
        }
        try {
            Kind kind = Kind.valueOf(String.valueOf((char) line[0]));
            index(kind, mapper.readValue(line, 2, nameEnd - 2, String.class), start);
        } catch (IllegalArgumentException | IOException e) {
            // not a line of ours: left out of the rows
        }
    }

    /** Where the line's name (a JSON string from byte 2) ends: the second tab; -1 when there is none. */
    private static int nameEnd(byte[] line) {
        for (int i = 2; i < line.length; i++) {
            if (line[i] == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** Rewrites the log with its live lines only, then puts it in place of the old one. */
    private void compact() throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + ".compact");
        try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Map<String, Long> live : java.util.List.of(documents, failures, years)) {
                for (long start : java.util.List.copyOf(live.values())) {
                    ByteBuffer bytes = ByteBuffer.wrap(rawLineAt(start));
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                    out.write(ByteBuffer.wrap(new byte[] {'\n'}));
                }
            }
        }
        channel.close();
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        documents.clear();
        failures.clear();
        years.clear();
        deadLines = 0;
        open();
    }

    private <T> Optional<T> rowAt(long start, Class<T> type) throws IOException {
        byte[] line = rawLineAt(start);
        int nameEnd = nameEnd(line);
        if (nameEnd < 0 || nameEnd + 1 >= line.length) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(line, nameEnd + 1, line.length - nameEnd - 1, type));
        } catch (IOException e) {
            LOG.warn("a row of {} that cannot be read, left out of the run's reports: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The bytes of the line that starts at {@code start}, without its line break. */
    private byte[] rawLineAt(long start) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long position = start;
        while (true) {
            int read = channel.read(buffer.clear(), position);
            if (read <= 0) {
                return line.toByteArray();
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    line.write(buffer.array(), 0, i);
                    return line.toByteArray();
                }
            }
            line.write(buffer.array(), 0, read);
            position += read;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
