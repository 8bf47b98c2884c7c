package org.juesuan.extract.tables.grid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.testing.ProjectFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cell accuracy of the PDF tables against the hand-verified gold in {@code corpus/real/tables/}:
 * per document, gold cells with text read identically at the same place, and false cells (text
 * where the gold has none). Each gold table is compared with the table we found starting on the
 * same page (the best of them when a page starts several). Prints a table and writes it to
 * {@code target/pdf-table-accuracy.txt}; the band holds the measured figure.
 */
class GoldCellAccuracyTest {
    /** Measured 2026-12-02 over the six documents with gold: see the report. */
    private static final double ACCURACY_FLOOR = 0.99;

    @Test
    void readsTheGoldTablesCellForCell() throws IOException {
        Path gold = goldFolder();
        Assumptions.assumeTrue(gold != null, "no table gold in corpus/real/tables yet");
        StringBuilder report = new StringBuilder("PDF table cells against the gold (accuracy = matched / gold cells with text)\n\n");
        report.append(String.format("%-40s %6s %6s %7s %9s %6s%n", "document", "tables", "gold", "matched", "accuracy", "false"));
        GoldTable.Score total = new GoldTable.Score(0, 0, 0);
        for (Path folder : documents(gold)) {
            Path pdf = pdfFor(folder);
            if (pdf == null) {
                continue;
            }
            List<RawBlock> ours = PdfTablesFixture.tables(pdf);
            GoldTable.Score document = new GoldTable.Score(0, 0, 0);
            List<String> misses = new ArrayList<>();
            List<Path> tables;
            try (Stream<Path> files = Files.list(folder)) {
                tables = files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
            }
            for (Path tsv : tables) {
                GoldTable table = GoldTable.read(tsv);
                GoldTable.Score best = new GoldTable.Score(table.score(new String[0][0]).goldCells(), 0, 0);
                String[][] bestGrid = new String[0][0];
                for (RawBlock block : ours) {
                    if (block.page() == table.firstPage()) {
                        String[][] grid = PdfTablesFixture.grid(block.table());
                        GoldTable.Score score = table.score(grid);
                        if (score.matched() - score.falseCells() > best.matched() - best.falseCells()) {
                            best = score;
                            bestGrid = grid;
                        }
                    }
                }
                if (best.matched() < best.goldCells() || best.falseCells() > 0) {
                    misses.add(String.format("  %s p.%d: %d/%d, %d false; %s", table.name(), table.firstPage(),
                            best.matched(), best.goldCells(), best.falseCells(), table.differences(bestGrid, 4)));
                }
                document = document.plus(best);
            }
            total = total.plus(document);
            report.append(String.format("%-40s %6d %6d %7d %8.2f%% %6d%n", folder.getFileName(), tables.size(),
                    document.goldCells(), document.matched(), 100 * document.accuracy(), document.falseCells()));
            misses.forEach(m -> report.append(m).append('\n'));
        }
        report.append(String.format("%-40s %6s %6d %7d %8.2f%% %6d%n", "all", "", total.goldCells(), total.matched(),
                100 * total.accuracy(), total.falseCells()));
        System.out.println(report);
        Path out = Path.of("target", "pdf-table-accuracy.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(total.goldCells() > 0, "no gold table was scored");
        final GoldTable.Score all = total;
        assertTrue(all.accuracy() >= ACCURACY_FLOOR, () -> "cell accuracy " + all.accuracy() + " below " + ACCURACY_FLOOR);
    }

    /** The project's gold, or a folder named by -Djuesuan.table.gold while the gold is being written. */
    private static Path goldFolder() {
        String configured = System.getProperty("juesuan.table.gold");
        Path folder = configured != null ? Path.of(configured) : ProjectFiles.corpus("real/tables");
        return Files.isDirectory(folder) ? folder : null;
    }

    private static List<Path> documents(Path gold) throws IOException {
        try (Stream<Path> folders = Files.list(gold)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The PDF a gold folder describes: the document of that stem in the shared real folder or its budget folder. */
    private static Path pdfFor(Path folder) {
        String stem = folder.getFileName().toString();
        for (String candidate : List.of("real/" + stem + ".pdf", "real/budget/" + stem + ".pdf")) {
            try {
                return ProjectFiles.shared(candidate);
            } catch (IllegalStateException notThere) {
                // try the next place
            }
        }
        return null;
    }
}
