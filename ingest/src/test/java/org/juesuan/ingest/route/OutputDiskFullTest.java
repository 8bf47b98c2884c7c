package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder on a real, tiny file system (a 1.5 MB tmpfs; mounting needs root, so the test
 * is skipped elsewhere): once it is full, inputs stay in the inbox, none is lost or sent to .error;
 * when the file system grows, every one is processed exactly once.
 */
class OutputDiskFullTest {
    private static final int INPUTS = 6;

    @TempDir
    Path root;

    @Test
    void aFullOutputFolderLeavesInputsInTheInboxUntilThereIsRoom() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        assumeTrue(mount(out, "size=1536k"), "mounting a tmpfs needs root");
        try {
            Path in = Files.createDirectories(root.resolve("in"));
            for (int i = 0; i < INPUTS; i++) {
                Files.write(in.resolve("doc-" + i + ".txt"), seedVariant(60 + i));
            }
            IngestSettings settings = new SettingsLoader().overrides(Map.of("in", in.toString(), "out", out.toString(),
                    "watch.poll-millis", "200", "watch.min-age-millis", "300", "watch.check-interval-millis", "100",
                    "parallelism", "1")).load();
            DisclosureReader reader = Pipeline.reader(settings);
            try (Watcher watcher = Watcher.start(settings, new Pipeline(settings, reader::read, Pipeline.checks()))) {
                NotifyBuilder refused = new NotifyBuilder(watcher.camel()).whenFailed(3).create();
                assertTrue(refused.matches(120, TimeUnit.SECONDS), "inputs refused while OUT is full");
                long done = count(in.resolve(".done"), ".txt");
                long waiting = inbox(in);
                assertTrue(done < INPUTS && waiting > 0, "done " + done + ", waiting " + waiting);
                assertEquals(INPUTS, done + waiting, "none lost while full");
                assertEquals(0, count(in.resolve(".error"), ""), "a full disk is not the document's fault");

                assertTrue(mount(out, "remount,size=64m"), "grow the file system");
                await("every input done", Duration.ofSeconds(120), () -> count(in.resolve(".done"), ".txt") == INPUTS);
                System.out.printf("full output disk: %d inputs, %d done before it filled, %d waited in the inbox, "
                        + "all %d done after it grew, 0 in .error%n", INPUTS, done, waiting, INPUTS);
            }
            List<String> ledger = Files.readAllLines(out.resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
            assertEquals(INPUTS, ledger.size(), "each input recorded exactly once: " + ledger);
            for (int i = 0; i < INPUTS; i++) {
                assertTrue(Files.exists(out.resolve("doc-" + i + ".txt.json")), "doc-" + i);
            }
        } finally {
            new ProcessBuilder("umount", "-l", out.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long inbox(Path in) throws Exception {
        try (var files = Files.list(in)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        }
    }

    private static boolean mount(Path target, String options) throws Exception {
        if (!System.getProperty("os.name").startsWith("Linux") || !"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", target.toString())
                .redirectErrorStream(true).start();
        return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    }
}
