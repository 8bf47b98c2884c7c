package org.juesuan.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.InputWalker;
import org.juesuan.ingest.process.ResultWriter;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;

/**
 * {@code bench}: each document of a corpus, on one thread, side by side in the same run: a bare
 * Tika parse (the floor), then our whole pipeline — the reader's own stage timings (parse,
 * structure, figures), the checks and the writing of the results — repeated for some rounds after
 * some warm-up rounds. Each round writes into an emptied folder, as a batch writes its results
 * once under new names: rewriting the same files round after round would time the file system's
 * replacing of an existing file, which a batch does not do.
 */
public final class Benchmark {
    private final DisclosureReader reader;
    private final UnaryOperator<Disclosure> checks;
    private final Path out;
    private final ResultWriter writer;
    private final BareTikaParse tika = new BareTikaParse();

    /** A benchmark writing its results into {@code out}, a folder of its own that it empties between rounds. */
    public Benchmark(DisclosureReader reader, UnaryOperator<Disclosure> checks, Path out) {
        this.reader = reader;
        this.checks = checks;
        this.out = out;
        this.writer = new ResultWriter(out);
    }

    /** The documents (not zips) under the given folders and files. */
    public static List<SourceDocument> corpus(List<Path> roots) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(InputWalker::isInput)
                        .filter(f -> !f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")).sorted().toList()) {
                    documents.add(SourceDocument.read(file));
                }
            }
        }
        return documents;
    }

    /**
     * Reads and checks one document, cold, as the first of a run: the nanoseconds it took, which
     * with the start-up is the time a user waits for a first finding. Its findings are not kept.
     */
    public long firstDocumentNanos(SourceDocument document) {
        long start = System.nanoTime();
        try {
            checks.apply(reader.read(document));
        } catch (DisclosureReadException e) {
            // a document that cannot be read still took its time to say so
        }
        return System.nanoTime() - start;
    }

    /**
     * Runs {@code warmUpRounds} untimed rounds, then {@code rounds} measured ones; the figures are
     * those of the measured rounds together, with each one's pipeline ÷ Tika ratio beside them.
     */
    public BenchResult run(List<SourceDocument> documents, int warmUpRounds, int rounds) throws IOException {
        for (int round = 0; round < warmUpRounds; round++) {
            measure(documents, new StageTimes());
        }
        StageTimes times = new StageTimes();
        List<Double> ratios = new ArrayList<>();
        long elapsed = 0;
        for (int round = 0; round < rounds; round++) {
            StageTimes roundTimes = new StageTimes();
            long start = System.nanoTime();
            measure(documents, roundTimes);
            elapsed += System.nanoTime() - start;
            times.add(roundTimes);
            ratios.add(roundTimes.ratioToTika());
        }
        return new BenchResult(times, elapsed, documents.size(), warmUpRounds, rounds, ratios);
    }

    private void measure(List<SourceDocument> documents, StageTimes times) throws IOException {
        emptyOut();
        for (SourceDocument document : documents) {
            long t0 = System.nanoTime();
            tikaOrFailure(document);
            long t1 = System.nanoTime();
            Disclosure read;
            try {
                read = reader.read(document, times::add);
            } catch (DisclosureReadException e) {
                times.failed++;
                continue;
            }
            long t2 = System.nanoTime();
            Disclosure checked = checks.apply(read);
            long t3 = System.nanoTime();
            writer.write(checked, "bench-" + document.name());
            long t4 = System.nanoTime();
            times.bareTika += t1 - t0;
            times.checks += t3 - t2;
            times.write += t4 - t3;
            times.documents++;
        }
    }

    /** Deletes everything under {@code out}, deepest first, as the other benchmarks clear their folders; {@code out} stays. */
    private void emptyOut() throws IOException {
        try (Stream<Path> written = Files.walk(out)) {
            for (Path file : written.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(out)).toList()) {
                Files.delete(file);
            }
        }
    }

    private void tikaOrFailure(SourceDocument document) {
        try {
            tika.parse(document.content());
        } catch (IOException e) {
            // A file Tika cannot parse costs what it cost; the floor still counts its time.
        }
    }
}
