package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes holding real files: a shell writing a file is seen as its writer until it ends; a
 * reader, a file in another folder and a finished writer are not.
 */
class OpenWritersTest {
    @Test
    void aProcessHoldingAFileOpenForWritingIsSeenUntilItEnds(@TempDir Path folder) throws Exception {
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.writeString(folder.resolve("read.txt"), "x");
        Process writer = new ProcessBuilder("sh", "-c", "exec sleep 60 > written.txt").directory(folder.toFile()).start();
        Process reader = new ProcessBuilder("sh", "-c", "exec sleep 60 < read.txt").directory(folder.toFile()).start();
        Process elsewhere = new ProcessBuilder("sh", "-c", "exec sleep 60 > elsewhere.txt").directory(other.toFile()).start();
        try {
            await("the writer's file created", Duration.ofSeconds(30), () -> Files.exists(folder.resolve("written.txt")));
            OpenWriters writers = OpenWriters.of(folder, Duration.ZERO);
            await("the writer seen", Duration.ofSeconds(30), () -> writers.heldOpenForWriting("written.txt"));
            assertFalse(writers.heldOpenForWriting("read.txt"), "a reader is not a writer");
            assertFalse(writers.heldOpenForWriting("elsewhere.txt"), "only the folder's own files");
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            await("the writer gone", Duration.ofSeconds(30), () -> !writers.heldOpenForWriting("written.txt"));
        } finally {
            for (Process process : new Process[] {writer, reader, elsewhere}) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
