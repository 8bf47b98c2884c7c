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

    @Test
    void aSwapKilledBetweenItsMovesPutsTheNewPartitionInPlace(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("documents/_old-run=r1"));
        Files.writeString(out.resolve("documents/_old-run=r1/old.parquet"), "");
        Files.createDirectories(out.resolve("documents/_swap-run=r1"));
        Files.writeString(out.resolve("documents/_swap-run=r1/_SUCCESS"), "");

        assertEquals(List.of("r1"), new RunLedger(out.toUri().toString(), new Configuration()).removeUnfinished());

        assertTrue(Files.exists(out.resolve("documents/run=r1/_SUCCESS")), "the new version, written whole, is live");
        assertFalse(Files.exists(out.resolve("documents/_old-run=r1")));
        assertFalse(Files.exists(out.resolve("documents/_swap-run=r1")));
    }

    @Test
    void aSwapKilledWhileWritingKeepsTheLivePartition(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("documents/run=r1"));
        Files.writeString(out.resolve("documents/run=r1/_SUCCESS"), "");
        Files.createDirectories(out.resolve("documents/_swap-run=r1")); // no _SUCCESS: half written
        Files.createDirectories(out.resolve("documents/_old-run=r2")); // moved away, its new version not written whole
        Files.writeString(out.resolve("documents/_old-run=r2/_SUCCESS"), "");
        Files.createDirectories(out.resolve("documents/_swap-run=r2"));

        assertEquals(java.util.Set.of("r1", "r2"),
                java.util.Set.copyOf(new RunLedger(out.toUri().toString(), new Configuration()).removeUnfinished()));

        assertTrue(Files.exists(out.resolve("documents/run=r1/_SUCCESS")));
        assertTrue(Files.exists(out.resolve("documents/run=r2/_SUCCESS")), "the old version is put back");
        assertFalse(Files.exists(out.resolve("documents/_swap-run=r1")));
        assertFalse(Files.exists(out.resolve("documents/_swap-run=r2")));
        assertFalse(Files.exists(out.resolve("documents/_old-run=r2")));
    }
}
