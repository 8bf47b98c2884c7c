package org.juesuan.ingest.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.model.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * Reading children started ahead ({@link ForkedReading#startAhead}), as batch starts them: two
 * readers at once use the two children started ahead and start no third, and a reading closed while
 * its children are still starting leaves none of them running (here they end either way, killed as
 * they start or once ready; the interruption matters when the JVM exits right after closing, which
 * this test does not reproduce).
 */
class ReadingAheadTest {
    private static final ReadingLimits LIMITS = new ReadingLimits(100L << 20, 20_000_000);

    @Test
    void twoReadersUseTheTwoChildrenStartedAhead() throws Exception {
        SourceDocument seed = new SourceDocument("seed.txt", Files.readAllBytes(IngestFixtures.corpus("seed/seed.txt")));
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try (ForkedReading reading = new ForkedReading(LIMITS, 256)) {
            reading.startAhead(2);
            List<Future<Disclosure>> read = List.of(
                    readers.submit(() -> prepareAndRead(reading, seed)), readers.submit(() -> prepareAndRead(reading, seed)));
            for (Future<Disclosure> one : read) {
                assertNotNull(one.get(5, TimeUnit.MINUTES), "the seed read");
            }
            assertEquals(2, reading.livePids().size(), "the two children started ahead, and no third: " + reading.livePids());
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void closedWhileChildrenStartNoneIsLeftRunning() throws Exception {
        ForkedReading reading = new ForkedReading(LIMITS, 256);
        reading.startAhead(2);
        reading.close();
        // a starter may spawn its child just after close() and kill it at once: wait for each exit seen
        // (a child left running would never exit, and the wait would fail the test)
        List<ProcessHandle> alive;
        while (!(alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty()) {
            for (ProcessHandle child : alive) {
                child.onExit().get(2, TimeUnit.MINUTES);
            }
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
    }

    private static Disclosure prepareAndRead(ForkedReading reading, SourceDocument source) throws Exception {
        reading.prepare();
        return reading.read(source);
    }
}
