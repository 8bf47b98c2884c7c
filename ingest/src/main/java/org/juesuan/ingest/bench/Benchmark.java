package org.juesuan.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.PlainTextParser;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.poi.DocParser;
import org.juesuan.extract.poi.DocxParser;
import org.juesuan.extract.tika.TikaFormatDetector;
import org.juesuan.extract.tika.TikaPdfParser;
import org.juesuan.ingest.process.DisclosureProcessor;
import org.juesuan.ingest.process.IngestFailure;
import org.juesuan.ingest.process.InputWalker;
import org.juesuan.ingest.process.ResultWriter;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;

/**
 * {@code bench}: each document of a corpus, on one thread, side by side in the same run: a bare
 * Tika parse (the floor), our parse stage alone (format detection and the format's parser), the
 * whole read, the checks and the JSON write, repeated for some rounds after a warm-up round.
 * The parse stage is timed by calling the same parsers the reader uses, so the reader needs no hook;
 * structure and figures are the rest of the read.
 */
public final class Benchmark {
    private final DisclosureProcessor processor;
    private final ReadingLimits limits;
    private final TikaFormatDetector detector = new TikaFormatDetector();
    private final Map<DocumentFormat, DocumentParser> parsers = new EnumMap<>(DocumentFormat.class);
    private final BareTikaParse tika = new BareTikaParse();

    public Benchmark(DisclosureProcessor processor, ReadingLimits limits) {
        this.processor = processor;
        this.limits = limits;
        parsers.put(DocumentFormat.DOCX, new DocxParser());
        parsers.put(DocumentFormat.DOC, new DocParser());
        parsers.put(DocumentFormat.PDF, new TikaPdfParser());
        parsers.put(DocumentFormat.TXT, new PlainTextParser());
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

    public BenchResult run(List<SourceDocument> documents, int rounds) throws IOException, InterruptedException {
        measure(documents, new StageTimes());
        StageTimes times = new StageTimes();
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            measure(documents, times);
        }
        return new BenchResult(times, System.nanoTime() - start, documents.size(), rounds);
    }

    private void measure(List<SourceDocument> documents, StageTimes times) throws IOException, InterruptedException {
        ResultWriter writer = processor.writer();
        for (SourceDocument document : documents) {
            long t0 = System.nanoTime();
            tikaOrFailure(document);
            long t1 = System.nanoTime();
            parseOrFailure(document);
            long t2 = System.nanoTime();
            Disclosure disclosure;
            try {
                disclosure = processor.readAndCheck(document);
            } catch (DisclosureReadException | IngestFailure e) {
                times.failed++;
                continue;
            }
            long t3 = System.nanoTime();
            writer.write(disclosure, "bench-" + document.name());
            long t4 = System.nanoTime();
            times.bareTika += t1 - t0;
            times.parse += t2 - t1;
            times.read += t3 - t2;
            times.write += t4 - t3;
            times.documents++;
        }
    }

    private void tikaOrFailure(SourceDocument document) {
        try {
            tika.parse(document.content());
        } catch (IOException e) {
            // A file Tika cannot parse costs what it cost; the floor still counts its time.
        }
    }

    private void parseOrFailure(SourceDocument document) {
        try {
            parsers.get(detector.detect(document)).parse(document, limits);
        } catch (DisclosureReadException e) {
            // Counted as a failure by the whole read just after.
        }
    }
}
