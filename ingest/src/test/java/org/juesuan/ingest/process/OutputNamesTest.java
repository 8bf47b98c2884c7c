package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Output names never leave the output folder, whatever an archive or a tree calls its files. */
class OutputNamesTest {
    @ParameterizedTest
    @CsvSource({"a.zip, dir/x.docx, a.zip!dir!x.docx", "a.zip, ../../x, a.zip!..!..!x", "a.zip, /etc/passwd, a.zip!etc!passwd",
            "a.zip, C:\\\\win\\\\x.pdf, a.zip!C_!win!x.pdf", ".hidden, x.txt, _.hidden!x.txt"})
    void flattensToOneSafeName(String archive, String entry, String expected) {
        String name = OutputNames.flatten(archive, entry);
        assertEquals(expected, name);
        Path out = Path.of("/out");
        assertEquals(out, out.resolve(name + ".json").normalize().getParent());
    }

    @ParameterizedTest
    @CsvSource({"../../x, false", "/etc/x, false", "a/../../x, false", "C:/x, false", "a/b.txt, true", "a..b.txt, true"})
    void refusesEntriesThatClimbOut(String entry, boolean safe) {
        assertEquals(safe, OutputNames.safeEntryPath(entry).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"300"})
    void shortensLongNames(int length) {
        String name = OutputNames.flatten("决".repeat(length));
        assertTrue(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200);
        assertFalse(name.contains("/"));
    }
}
