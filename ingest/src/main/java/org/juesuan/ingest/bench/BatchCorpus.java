package org.juesuan.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents of a batch benchmark: {@code count} distinct copies of the given PDFs and texts, in
 * a folder of their own. A batch skips bytes it has seen under another name, so each copy is made
 * distinct without changing what it reads: a PDF gets a comment line after its end ({@code %…}, which
 * a PDF reader ignores), a text a last line of its own number.
 */
public final class BatchCorpus {
    private final List<Path> sources;

    private BatchCorpus(List<Path> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The PDFs and texts under {@code roots} (folders walked), in name order; other files are not copied. */
    public static BatchCorpus of(List<Path> roots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(BatchCorpus::copyable).sorted().forEach(found::add);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no .pdf or .txt document under " + roots);
        }
        return new BatchCorpus(found);
    }

    public List<Path> sources() {
        return sources;
    }

    /** Writes copies {@code from} (inclusive) to {@code to} (exclusive) into {@code folder}, cycling through the sources. */
    public void write(Path folder, int from, int to) throws IOException {
        Files.createDirectories(folder);
        for (int i = from; i < to; i++) {
            Path source = sources.get(i % sources.size());
            String name = source.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path copy = folder.resolve(String.format("%05d-%s", i, name.substring(0, dot)) + name.substring(dot));
            byte[] tail = (isPdf(source) ? "\n%juesuan-bench " + i + "\n" : "\n" + i + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(source);
            byte[] distinct = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
            System.arraycopy(tail, 0, distinct, bytes.length, tail.length);
            Files.write(copy, distinct);
        }
    }

    private static boolean copyable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".txt");
    }

    private static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
