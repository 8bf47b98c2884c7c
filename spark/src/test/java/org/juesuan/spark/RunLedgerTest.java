package org.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run leaves is removed before the next one; committed chunks stay. */
class RunLedgerTest {
    @Test
    void keepsCommittedChunksAndRemovesWhatAKilledRunLeft(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("documents/run=r1"));
        Files.writeString(out.resolve("documents/run=r1/_SUCCESS"), "");
        Files.createDirectories(out.resolve("findings/run=r1"));
        Files.createDirectories(out.resolve("documents/run=r2")); // killed while writing its documents
        Files.createDirectories(out.resolve("findings/run=r2"));
        Files.createDirectories(out.resolve("findings/run=r3")); // killed before its documents

        List<String> committed = new RunLedger(out.toUri().toString(), new Configuration()).removeUnfinished();

        assertEquals(List.of("r1"), committed);
        assertTrue(Files.exists(out.resolve("documents/run=r1")));
        assertTrue(Files.exists(out.resolve("findings/run=r1")));
        assertFalse(Files.exists(out.resolve("documents/run=r2")));
        assertFalse(Files.exists(out.resolve("findings/run=r2")));
        assertFalse(Files.exists(out.resolve("findings/run=r3")));
    }

    @Test
    void aNewOutputFolderHasNothingCommitted(@TempDir Path out) throws Exception {
        assertEquals(List.of(), new RunLedger(out.resolve("new").toUri().toString(), new Configuration()).removeUnfinished());
    }
}
