package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;
import static org.juesuan.ingest.IngestFixtures.count;
import static org.juesuan.ingest.IngestFixtures.seedVariant;
import static org.juesuan.ingest.IngestFixtures.zip;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.NotifyBuilder;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.ingest.process.ErrorRecords;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch route over real folders, with the real reader (and one that hangs on "hang*" names). */
class WatchRouteTest {
    private static DisclosureReader reader;

    @TempDir
    Path root;

    @BeforeAll
    static void assembleReader() {
        reader = Pipeline.reader(new SettingsLoader().load());
    }

    private Path in() {
        return root.resolve("in");
    }

    private Path out() {
        return root.resolve("out");
    }

    private IngestSettings settings() {
        return new SettingsLoader().overrides(Map.of("in", in().toString(), "out", out().toString(),
                "watch.poll-millis", "200", "watch.min-age-millis", "1000", "watch.check-interval-millis", "200",
                "parallelism", "2", "document.max-megabytes", "1", "document.timeout-seconds", "20",
                "archive.max-entries", "50")).load();
    }

    private Watcher start(IngestSettings settings) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        DocumentReading hangsOnHang = source -> {
            if (source.name().startsWith("hang")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return reader.read(source);
        };
        return Watcher.start(settings, new Pipeline(settings, hangsOnHang, Pipeline.checks()));
    }

    @Test
    void goodFilesAreDoneAndEachBadKindIsAnErrorWithItsReason() throws Exception {
        Files.createDirectories(in());
        for (String good : List.of("seed/seed.docx", "seed/seed.txt", "bad/not-a-disclosure.docx", "bad/empty.docx",
                "bad/truncated.docx", "bad/truncated.pdf", "bad/encrypted.docx", "bad/encrypted.pdf", "bad/picture.doc")) {
            Files.copy(corpus(good), in().resolve(corpus(good).getFileName()));
        }
        Files.write(in().resolve("wrong-extension.pdf"), seedVariant(1));
        Files.write(in().resolve("huge.txt"), new byte[2 * 1024 * 1024]);
        Files.write(in().resolve("hang.txt"), seedVariant(2));
        Files.write(in().resolve("docs.zip"), zip("a/b.txt", seedVariant(3), "../../evil.txt", seedVariant(4)));
        Files.write(in().resolve("bomb.zip"), zip("zeros.txt", new byte[50 * 1024 * 1024]));
        Files.write(in().resolve("nested.zip"), zip("one.zip", zip("two.zip", zip("three.txt", seedVariant(5)))));
        Object[] many = new Object[120];
        for (int i = 0; i < 60; i++) {
            many[2 * i] = "d" + i + "/";
            many[2 * i + 1] = new byte[0];
        }
        Files.write(in().resolve("many.zip"), zip(many));

        try (Watcher watcher = start(settings())) {
            NotifyBuilder allDone = new NotifyBuilder(watcher.camel()).whenDone(16).create();
            assertTrue(allDone.matches(300, TimeUnit.SECONDS), "16 inputs handled");
            await("16 inputs moved", Duration.ofSeconds(120),
                    () -> count(in().resolve(".done"), "") + count(in().resolve(".error"), ".error.json") * 2
                            == 3 + 13 * 2);
        }
        for (String done : List.of("seed.docx", "seed.txt", "docs.zip")) {
            assertTrue(Files.exists(in().resolve(".done").resolve(done)), done);
        }
        DisclosureJson json = new DisclosureJson();
        assertEquals(182, json.read(out().resolve("seed.docx.json")).figures().size());
        assertFalse(Files.exists(out().resolve("not-a-disclosure.docx.json")), "refused, as check refuses it");
        assertFalse(Files.exists(out().resolve("wrong-extension.pdf.json")), "a text named .pdf is refused");
        assertTrue(Files.exists(out().resolve("docs.zip!a!b.txt.json")), "a zip entry's result, flattened");

        Map<String, String> reasons = Map.of("empty.docx", "文件为空", "truncated.docx", "损坏", "truncated.pdf", "损坏",
                "encrypted.docx", "加密", "encrypted.pdf", "加密", "picture.doc", "不支持", "huge.txt", "过大",
                "hang.txt", "超时", "bomb.zip", "压缩炸弹", "nested.zip", "嵌套");
        ErrorRecords records = new ErrorRecords();
        for (var expected : reasons.entrySet()) {
            Path error = in().resolve(".error");
            assertTrue(Files.exists(error.resolve(expected.getKey())), expected.getKey() + " in .error/");
            ErrorRecord record = records.read(error.resolve(expected.getKey() + ".error.json"));
            assertTrue(record.reason().contains(expected.getValue()), expected.getKey() + ": " + record);
            assertFalse(record.reasonEnglish().isBlank() || record.exception().isBlank() || record.stage().isBlank());
        }
        assertTrue(records.read(in().resolve(".error/not-a-disclosure.docx.error.json")).reason().contains("内容不像"));
        assertTrue(records.read(in().resolve(".error/wrong-extension.pdf.error.json")).reason()
                .contains("与扩展名 .pdf 不符"), "a disclosure's text named .pdf is refused for its extension");
        assertTrue(Files.exists(in().resolve(".error").resolve("many.zip")));
        assertTrue(records.read(in().resolve(".error/many.zip.error.json")).reason().contains("文件数超过上限"));
        ErrorRecord evil = records.read(out().resolve("docs.zip!..!..!evil.txt.error.json"));
        assertTrue(evil.reason().contains("路径不安全"), evil.toString());
        assertFalse(Files.exists(root.resolve("evil.txt")) || Files.exists(root.getParent().resolve("evil.txt")));
    }

    @Test
    void aFileWrittenSlowlyIsReadOnceAndWhole() throws Exception {
        Files.createDirectories(in());
        byte[] whole = seedVariant(7);
        int chunks = 12;
        int size = whole.length / chunks + 1;
        Path slow = in().resolve("slow.txt");
        AtomicInteger written = new AtomicInteger();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (Watcher watcher = start(settings());
             OutputStream file = Files.newOutputStream(slow, StandardOpenOption.CREATE_NEW)) {
            CountDownLatch finished = new CountDownLatch(1);
            writer.scheduleAtFixedRate(() -> {
                try {
                    int from = written.getAndIncrement() * size;
                    if (from < whole.length) {
                        file.write(whole, from, Math.min(size, whole.length - from));
                        file.flush();
                    } else {
                        finished.countDown();
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0, 300, TimeUnit.MILLISECONDS);
            assertTrue(finished.await(30, TimeUnit.SECONDS));
            writer.shutdownNow();
            file.close(); // a copier closes its file when done; one still held open for writing is waited for
            await("slow.txt done", Duration.ofSeconds(120), () -> Files.exists(in().resolve(".done/slow.txt")));
        } finally {
            writer.shutdownNow();
        }
        Disclosure read = new DisclosureJson().read(out().resolve("slow.txt.json"));
        assertTrue(read.text().contains("副本编号 7"), "the whole file was read, its last line included");
        assertEquals(0, count(in().resolve(".error"), ""));
        assertEquals(1, Files.readAllLines(out().resolve(".juesuan/processed.log")).size(), "read exactly once");
    }

    @Test
    void theSameBytesUnderANewNameAreRecognisedAfterARestart() throws Exception {
        Files.createDirectories(in());
        Files.write(in().resolve("first.txt"), seedVariant(8));
        try (Watcher watcher = start(settings())) {
            await("first.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/first.txt")));
        }
        Files.write(in().resolve("again.txt"), seedVariant(8));
        Files.write(in().resolve("empty.txt"), new byte[0]);
        try (Watcher watcher = start(settings())) {
            await("again.txt done", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".done/again.txt")));
            await("empty.txt in .error", Duration.ofSeconds(60), () -> Files.exists(in().resolve(".error/empty.txt")));
        }
        assertFalse(Files.exists(out().resolve("again.txt.json")), "not processed again");
        List<String> ledger = Files.readAllLines(out().resolve(".juesuan/processed.log"), StandardCharsets.UTF_8);
        assertEquals(2, ledger.size(), ledger.toString());
        assertTrue(ledger.get(0).contains("\tDONE\tfirst.txt\t"));
        assertTrue(ledger.get(1).contains("\tFAILED\tempty.txt\t"));
        assertTrue(Files.exists(in().resolve(".error/empty.txt.error.json")), "a zero-byte file gets an error record");
    }
}
