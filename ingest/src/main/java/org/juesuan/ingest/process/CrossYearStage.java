package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.juesuan.crossyear.ArchivePairs;
import org.juesuan.crossyear.CrossYearCheck;
import org.juesuan.crossyear.CrossYearComparison;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a batch: every result in the output folder is grouped by organization, kind and year, and each
 * document with its previous year present gets the cross-year findings in its own results (NAME.json,
 * NAME.html, NAME.xlsx), so the run's index, workbook and CSV list them with the later year. Results
 * are read one at a time: only their small {@link YearFigures} are kept. Given the run's reports, the
 * figures come from the run's rows instead (each worked out as its document finished), one
 * organization at a time, and only the documents whose cross-year findings change are read and
 * written again.
 */
public final class CrossYearStage {
    private static final Logger LOG = LoggerFactory.getLogger(CrossYearStage.class);

    private final Path out;
    private final DisclosureJson json = new DisclosureJson();
    private final ResultWriter writer;
    private final RunReports reports;

    public CrossYearStage(Path out) {
        this(out, null);
    }

    /** A stage that tells {@code reports} of each document whose results it rewrites (null: none to tell). */
    public CrossYearStage(Path out, RunReports reports) {
        this.out = out;
        this.writer = new ResultWriter(out);
        this.reports = reports;
    }

    /**
     * Compares every document of the folder with its previous year; returns the comparisons made. From
     * the run's rows, one organization's figures at a time, so the memory stays flat in the number of
     * documents (a document is only ever paired within its organization).
     */
    public List<CrossYearComparison> run() throws IOException {
        List<String> stale = new ArrayList<>();
        List<CrossYearComparison> comparisons = new ArrayList<>();
        if (reports != null) {
            reports.withCrossYearFindings(stale::add);
            for (List<String> organization : reports.crossYearNamesByOrganization().values()) {
                Map<YearFigures, String> names = new IdentityHashMap<>();
                reports.crossYearFigures(organization, (outputName, figures) -> names.put(figures, outputName));
                compare(names, stale, comparisons);
            }
        } else {
            Map<YearFigures, String> names = new IdentityHashMap<>();
            readResults(names, stale);
            compare(names, stale, comparisons);
        }
        for (String outputName : stale) { // its previous year is gone from the folder: its old comparison goes too
            Disclosure current = json.read(writer.jsonFor(outputName));
            rewrite(CrossYearCheck.withFindings(current, List.of()), outputName);
        }
        return comparisons;
    }

    /** Compares each of {@code names} that has its previous year among them, and rewrites its results. */
    private void compare(Map<YearFigures, String> names, List<String> stale, List<CrossYearComparison> comparisons)
            throws IOException {
        for (Map.Entry<YearFigures, List<YearFigures>> pair : ArchivePairs.previousYears(names.keySet()).entrySet()) {
            String outputName = names.get(pair.getKey());
            if (pair.getValue().isEmpty()) {
                continue;
            }
            Disclosure current = json.read(writer.jsonFor(outputName));
            CrossYearComparison comparison = CrossYearCheck.compare(pair.getValue(), pair.getKey(),
                    CrossYearCheck.otherFindings(current).size());
            comparisons.add(comparison);
            rewrite(CrossYearCheck.withFindings(current, comparison.findings()), outputName);
            stale.remove(outputName);
            LOG.info("cross-year {} against {}: {} lines compared, {} findings", comparison.current(),
                    comparison.previous(), comparison.linesCompared(), comparison.findings().size());
        }
    }

    private void rewrite(Disclosure disclosure, String outputName) throws IOException {
        writer.write(disclosure, outputName);
        if (reports != null) {
            reports.read(disclosure, outputName);
        }
    }

    /** Every result's figures, and the names of those that carry cross-year findings, read from the folder. */
    private void readResults(Map<YearFigures, String> names, List<String> stale) throws IOException {
        for (Path file : results()) {
            String name = file.getFileName().toString();
            String outputName = name.substring(0, name.length() - ".json".length());
            Disclosure disclosure;
            try {
                disclosure = json.read(file);
            } catch (IOException e) {
                LOG.warn("{}: not a result of ours, left out of the cross-year comparison ({})", name, e.getMessage());
                continue;
            }
            YearFigures.of(disclosure).ifPresent(f -> names.put(f, outputName));
            if (CrossYearCheck.otherFindings(disclosure).size() != disclosure.findings().size()) {
                stale.add(outputName);
            }
        }
    }

    private List<Path> results() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".json") && !name.startsWith(".") && !name.equals("summary.json")
                        && !name.endsWith(".error.json");
            }).sorted().toList();
        }
    }
}
