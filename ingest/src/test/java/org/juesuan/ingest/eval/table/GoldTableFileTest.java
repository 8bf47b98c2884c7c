package org.juesuan.ingest.eval.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table gold reads, and says what the issue asks of it: six documents, the nine tables each. */
class GoldTableFileTest {
    private static final Path GOLD = IngestFixtures.corpus("real/tables");

    @Test
    void everyDocumentHasItsNineTablesInOrderAndInsideTheirPages() throws IOException {
        List<Path> folders;
        try (Stream<Path> files = Files.list(GOLD)) {
            folders = files.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 6, "documents with table gold: " + folders.size());
        for (Path folder : folders) {
            List<GoldTable> tables = GoldTableFile.readFolder(folder);
            Set<TableKind> kinds = tables.stream().map(GoldTable::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(TableKind.class)));
            assertEquals(EnumSet.complementOf(EnumSet.of(TableKind.OTHER)), kinds, folder + ": the nine kinds");
            for (int i = 0; i < tables.size(); i++) {
                GoldTable table = tables.get(i);
                assertEquals(i + 1, table.number(), folder + ": numbered in order");
                assertTrue(i == 0 || tables.get(i - 1).firstPage() <= table.firstPage(), table.label() + ": in page order");
                assertTrue(table.headerRows() >= 1 && table.headerRows() < table.grid().size(), table.label() + ": header and body");
                assertTrue(table.unit().equals("万元") || table.unit().equals("元"), table.label() + ": unit " + table.unit());
                assertTrue(table.verified().length() > 40, table.label() + ": says how it was verified");
                assertTrue(table.grid().stream().allMatch(row -> row.size() == table.columns()), table.label() + ": a rectangular grid");
                assertTrue(table.grid().stream().flatMap(List::stream).noneMatch(c -> c.matches(".*\\s.*")),
                        table.label() + ": whitespace removed inside cells");
            }
        }
    }

    @Test
    void readsTheHeaderAndTheGrid() throws IOException {
        GoldTable summary = GoldTableFile.read(GOLD.resolve("putuo-finance-bureau-2024/01.tsv"));
        assertEquals("收入支出决算总表", summary.caption());
        assertEquals(TableKind.INCOME_EXPENDITURE_SUMMARY, summary.kind());
        assertEquals(6, summary.firstPage());
        assertEquals(7, summary.lastPage());
        assertEquals(2, summary.headerRows());
        assertEquals(List.of("一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"), summary.grid().get(2));
        assertEquals("", summary.at(1, 9), "outside the row: empty");
    }

    @Test
    void refusesAFileWithoutItsHeaderLines(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("doc"));
        Path file = folder.resolve("01.tsv");
        Files.writeString(file, "# caption\t表\n# kind\tINCOME\n项目\t决算数\n", StandardCharsets.UTF_8);
        IOException missing = assertThrows(IOException.class, () -> GoldTableFile.read(file));
        assertTrue(missing.getMessage().contains("'# unit'"), missing.getMessage());
        Files.writeString(file, "# caption\t表\n# kind\tNINTH\n# unit\t元\n# pages\t3-3\n# header-rows\t1\n# verified\tby eye\n项目\n",
                StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> GoldTableFile.read(file), "an unknown kind");
    }
}
