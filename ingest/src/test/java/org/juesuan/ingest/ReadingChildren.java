package org.juesuan.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.fork.ReadingChild;

/**
 * Process-level facts about this JVM's reading children, read from the OS, not from our own
 * bookkeeping: which are alive, and whether any of their threads is running.
 */
public final class ReadingChildren {
    private ReadingChildren() {
    }

    /** The reading child JVMs descending from this process that are still alive. */
    public static List<ProcessHandle> alive() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(child -> arguments(child).contains(ReadingChild.class.getName())).toList();
    }

    /** The command line from {@code /proc/PID/cmdline}: ProcessHandle.Info cuts it at 4 KB, before a long class path ends. */
    private static List<String> arguments(ProcessHandle process) {
        try {
            return List.of(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"),
                    StandardCharsets.ISO_8859_1).split("\0"));
        } catch (IOException e) {
            return List.of(); // ended meanwhile
        }
    }

    /**
     * The share of {@code samples} looks, spread over {@code window}, in which some thread of a living
     * reading child was running or runnable (state R in {@code /proc/PID/task/TID/stat}). A runaway
     * that burns a core shows at nearly every look however loaded the machine is (a runnable thread
     * waiting for a core is R too); idle children at almost none.
     */
    public static double busyShare(Duration window, int samples) throws InterruptedException {
        int busy = 0;
        for (int i = 0; i < samples; i++) {
            if (alive().stream().anyMatch(ReadingChildren::running)) {
                busy++;
            }
            new CountDownLatch(1).await(window.toMillis() / samples, TimeUnit.MILLISECONDS); // the sampling interval
        }
        return (double) busy / samples;
    }

    private static boolean running(ProcessHandle process) {
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path thread : threads) {
                String stat = Files.readString(thread.resolve("stat"));
                // pid (comm) STATE …: the state follows the last ')' since comm may hold spaces or ')'
                if (stat.charAt(stat.lastIndexOf(')') + 2) == 'R') {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // ended meanwhile
        }
    }
}
