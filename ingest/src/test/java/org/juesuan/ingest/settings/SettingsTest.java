package org.juesuan.ingest.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.juesuan.ingest.cli.Juesuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defaults load; a file and overrides replace them; a wrong value fails naming its key. */
class SettingsTest {
    @Test
    void defaultsAreValidAndFileThenOverridesWin(@TempDir Path dir) throws Exception {
        IngestSettings defaults = new SettingsLoader().load();
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.parallelism());
        assertEquals(100L * 1024 * 1024, defaults.document().maxBytes());
        assertEquals(Duration.ofSeconds(30), defaults.minAge(), "the default quiet time: a copier may stall that long");
        Path file = dir.resolve("juesuan.properties");
        Files.writeString(file, "document.timeout-seconds=7\nparallelism=3\n");
        IngestSettings loaded = new SettingsLoader().file(file).set("parallelism", "5").load();
        assertEquals(Duration.ofSeconds(7), loaded.document().timeout());
        assertEquals(5, loaded.parallelism());
    }

    @ParameterizedTest
    @CsvSource({"parallelism, -1", "queue.capacity, 0", "document.timeout-seconds, soon", "archive.max-ratio, 0",
            "watch.min-age-millis, 0", "document.max-heap-megabytes, 10", "no.such.key, 1", "out, ''"})
    void aWrongSettingFailsNamingItsKey(String key, String value) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> new SettingsLoader().set(key, value).load());
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains(key));
    }

    @Test
    void theCommandLineRefusesABadSettingAtStartUp() {
        StringWriter err = new StringWriter();
        int code = Juesuan.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "batch", ".", "-s", "document.max-megabytes=zero");
        assertEquals(2, code);
        assertTrue(err.toString().contains("document.max-megabytes"), err.toString());
    }
}
