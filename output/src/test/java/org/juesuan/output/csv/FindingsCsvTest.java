package org.juesuan.output.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.output.AtomicFile;
import org.juesuan.output.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Field quoting as RFC 4180 asks, and no formula smuggled into a spreadsheet. */
class FindingsCsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a,b|\"a,b\"",
            "他说\"是\"|\"他说\"\"是\"\"\"",
            "`two\nlines`|`\"two\nlines\"`",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
            "+1|'+1",
            "@SUM(A1)|'@SUM(A1)",
            "-5.20|-5.20",
            "-A1|'-A1"})
    void quotes(String field, String written) throws Exception {
        assertEquals(written, FindingsCsv.quote(field));
    }

    @Test
    void anEmptyRunHasOnlyTheHeader(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("findings.csv");
        AtomicFile.write(file, new FindingsCsv(), new RunSummary(List.of(), List.of()));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FindingsCsv().write(new RunSummary(List.of(), List.of()), out);
        assertEquals(out.toString(StandardCharsets.UTF_8) , Files.readString(file));
    }
}
