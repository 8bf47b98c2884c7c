package org.juesuan.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.output.xlsx.DocumentWorkbookXlsx;
import org.juesuan.output.xlsx.FindingsXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SpreadsheetML writer against the workbooks POI wrote from the same sample disclosures before
 * it replaced POI (kept in test resources, written by commit e7c2a69's DocumentWorkbookXlsx and
 * FindingsXlsx): every sheet and cell reads back the same through POI.
 */
class PoiWrittenWorkbooksTest {
    @TempDir
    Path folder;

    @Test
    void aDocumentsWorkbookShowsWhatPoiWrote() throws Exception {
        Path ours = folder.resolve("accounts.xlsx");
        try (OutputStream out = Files.newOutputStream(ours)) {
            new DocumentWorkbookXlsx().write(SampleDisclosures.accounts(), out);
        }
        same(reference("accounts.poi.xlsx"), ours);
    }

    @Test
    void theRunsWorkbookShowsWhatPoiWrote() throws Exception {
        Path ours = folder.resolve("findings.xlsx");
        try (OutputStream out = Files.newOutputStream(ours)) {
            new FindingsXlsx().write(HtmlReportTest.run(), out);
        }
        same(reference("findings.poi.xlsx"), ours);
    }

    private static Path reference(String name) throws Exception {
        return Path.of(PoiWrittenWorkbooksTest.class.getResource("/workbooks/" + name).toURI());
    }

    private static void same(Path expected, Path actual) throws Exception {
        List<String> before = WorkbookCells.of(expected);
        List<String> after = WorkbookCells.of(actual);
        assertTrue(before.size() > 50, "the reference has cells: " + before.size());
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            assertEquals(before.get(i), after.get(i), "line " + i);
        }
        assertEquals(before.size(), after.size());
    }
}
