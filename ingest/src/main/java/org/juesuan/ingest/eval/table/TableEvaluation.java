package org.juesuan.ingest.eval.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;

/**
 * Scores the tables a reader rebuilds against the table gold of a corpus. The corpus folder holds
 * {@code tables/sources.txt} naming the documents (paths relative to that folder), and
 * {@code tables/STEM/NN.tsv} for each document with hand-verified gold; a document given as
 * {@code NAME.pages.json} without such a folder is scored against its {@code page_tables}, a
 * second opinion kept apart from the gold figures.
 */
public final class TableEvaluation {
    public static final String SOURCES = "sources.txt";
    /** A document's stem: the file name less .pdf / .docx / .doc / .txt / .pages.json. */
    private static final Pattern EXTENSION = Pattern.compile("(\\.pages\\.json|\\.pdf|\\.docx|\\.doc|\\.txt)$");

    /** Reads one document of the corpus. */
    @FunctionalInterface
    public interface DocumentSource {
        Disclosure read(Path document) throws IOException, DisclosureReadException;
    }

    /** One gold table's outcome: the read table matched to it (its id, or empty) and the score. */
    public record TableResult(GoldTable gold, String readTableId, TableScore score) {
    }

    /** One document: the disclosure as read, whether its reference is a second opinion, its tables' results. */
    public record DocumentTables(String document, Disclosure disclosure, List<GoldTable> gold, boolean secondOpinion,
                                 List<TableResult> results) {
        public DocumentTables {
            gold = List.copyOf(gold);
            results = List.copyOf(results);
        }

        public TableScore total() {
            return results.stream().map(TableResult::score).reduce(TableScore.ZERO, TableScore::plus);
        }
    }

    public record Report(List<DocumentTables> documents) {
        public Report {
            documents = List.copyOf(documents);
        }

        /** Over the hand-verified gold only. */
        public TableScore total() {
            return documents.stream().filter(d -> !d.secondOpinion()).map(DocumentTables::total)
                    .reduce(TableScore.ZERO, TableScore::plus);
        }

        public boolean isEmpty() {
            return documents.isEmpty();
        }
    }

    private final DocumentSource source;

    public TableEvaluation(DocumentSource source) {
        this.source = source;
    }

    /** Whether the corpus has table gold to score. */
    public static boolean hasGold(Path corpus) {
        return Files.exists(corpus.resolve("tables").resolve(SOURCES));
    }

    public Report evaluate(Path corpus) throws IOException, DisclosureReadException {
        Path tables = corpus.resolve("tables");
        List<DocumentTables> documents = new ArrayList<>();
        if (!hasGold(corpus)) {
            return new Report(documents);
        }
        for (String line : Files.readAllLines(tables.resolve(SOURCES), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path document = tables.resolve(line.strip()).normalize();
            String stem = EXTENSION.matcher(document.getFileName().toString()).replaceFirst("");
            Path goldFolder = tables.resolve(stem);
            boolean secondOpinion = !Files.isDirectory(goldFolder);
            if (secondOpinion && !document.toString().endsWith(".pages.json")) {
                throw new IOException(tables.resolve(SOURCES) + ": no gold folder " + goldFolder + " for " + line.strip());
            }
            List<GoldTable> gold = secondOpinion ? PageTablesGold.read(document, stem) : GoldTableFile.readFolder(goldFolder);
            Disclosure disclosure = source.read(document);
            documents.add(new DocumentTables(stem, disclosure, gold, secondOpinion,
                    score(gold, disclosure.tables(), secondOpinion)));
        }
        return new Report(documents);
    }

    /** Matches every gold table to a read table, each read table used once, and scores it. */
    public static List<TableResult> score(List<GoldTable> gold, List<Table> read, boolean pageSlice) {
        Set<String> taken = new HashSet<>();
        List<TableResult> results = new ArrayList<>();
        for (GoldTable table : gold) {
            Optional<Table> match = TableComparison.match(table, read, pageSlice ? Set.of() : taken);
            match.ifPresent(t -> taken.add(t.id()));
            results.add(new TableResult(table, match.map(Table::id).orElse(""), TableComparison.score(table, match, pageSlice)));
        }
        return results;
    }
}
