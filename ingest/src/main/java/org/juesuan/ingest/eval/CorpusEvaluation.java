package org.juesuan.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.model.FigureKind;

/**
 * Runs the pipeline over every document of a corpus that has expectations and scores it. A corpus
 * folder holds one folder per document set: its expectation files beside the document in one or
 * more formats, or a {@code sources.txt} naming documents elsewhere (one path per line, relative
 * to that folder).
 */
public final class CorpusEvaluation {
    private static final List<String> FORMATS = List.of(".docx", ".doc", ".pdf", ".txt");

    private final DisclosureReader reader;
    private final UnaryOperator<Disclosure> checks;

    public CorpusEvaluation(DisclosureReader reader, UnaryOperator<Disclosure> checks) {
        this.reader = reader;
        this.checks = checks;
    }

    /** The scores of every document, and the figure scores where figure expectations exist. */
    public record Report(List<DocumentScore> documents, Map<FigureKind, RuleScore> figures) {
        public Report {
            documents = List.copyOf(documents);
        }

        /** The halves of the corpus in the order their documents come (see {@link CorpusSplit}). */
        public List<String> halves() {
            return documents.stream().map(DocumentScore::half).distinct().sorted().toList();
        }

        /** The documents of one half; figure scores stay with the whole corpus. */
        public Report half(String half) {
            return new Report(documents.stream().filter(d -> d.half().equals(half)).toList(), Map.of());
        }

        /** Error and warning level only: what a reviewer must act on. */
        public RuleScore alarms() {
            return documents.stream().map(DocumentScore::alarms).reduce(RuleScore.ZERO, RuleScore::plus);
        }

        public Map<String, RuleScore> byRule() {
            Map<String, RuleScore> rules = new TreeMap<>();
            documents.forEach(d -> d.byRule().forEach((rule, score) -> rules.merge(rule, score, RuleScore::plus)));
            return rules;
        }

        public RuleScore total() {
            return documents.stream().map(DocumentScore::total).reduce(RuleScore.ZERO, RuleScore::plus);
        }
    }

    public Report evaluate(Path corpus) throws IOException, DisclosureReadException {
        List<DocumentScore> documents = new ArrayList<>();
        Map<FigureKind, RuleScore> figures = new EnumMap<>(FigureKind.class);
        CorpusSplit split = CorpusSplit.read(corpus);
        for (Path folder : expectationFolders(corpus)) {
            List<Expectation> expectations = ExpectationFile.read(folder.resolve(ExpectationFile.NAME));
            Path figureFile = folder.resolve(FigureScore.NAME);
            for (Path document : documents(folder)) {
                Disclosure disclosure = checks.apply(read(document));
                documents.add(DocumentScore.of(corpus.toAbsolutePath().normalize().relativize(document).toString(),
                        split.halfOf(corpus, folder), disclosure.findings(), expectations));
                if (Files.exists(figureFile)) {
                    FigureScore.of(disclosure.figures(), figureFile).forEach((k, s) -> figures.merge(k, s, RuleScore::plus));
                }
            }
        }
        return new Report(documents, figures);
    }

    /** A document file, or text extracted page by page ({@code NAME.pages.json} with {@code page_texts}); not checked. */
    public Disclosure read(Path document) throws IOException, DisclosureReadException {
        SourceDocument source = SourceDocument.read(document);
        if (!document.getFileName().toString().endsWith(".pages.json")) {
            return reader.read(source);
        }
        List<String> pages = new ArrayList<>();
        new ObjectMapper().readTree(source.content()).get("page_texts").forEach(page -> pages.add(page.asText()));
        return reader.readExtractedPages(source, pages);
    }

    private static List<Path> expectationFolders(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().equals(ExpectationFile.NAME)).map(Path::getParent).sorted().toList();
        }
    }

    private static List<Path> documents(Path folder) throws IOException {
        List<Path> documents = new ArrayList<>();
        Path sources = folder.resolve("sources.txt");
        if (Files.exists(sources)) {
            for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    documents.add(folder.resolve(line.strip()).toAbsolutePath().normalize());
                }
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> FORMATS.stream().anyMatch(f -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(f)))
                    .filter(p -> !p.getFileName().toString().equals("sources.txt"))
                    .sorted().forEach(p -> documents.add(p.toAbsolutePath().normalize()));
        }
        return documents;
    }
}
