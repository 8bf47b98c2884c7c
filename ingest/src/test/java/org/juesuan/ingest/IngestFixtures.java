package org.juesuan.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;

/** Shared test inputs: corpus files, generated variants, zips, and a deadline-bounded wait. */
public final class IngestFixtures {
    private IngestFixtures() {
    }

    public static Path corpus(String relative) {
        return Path.of(System.getProperty("juesuan.root", ".."), "corpus", relative);
    }

    /** The seed's text with a unique last line: a distinct document with the same content. */
    public static byte[] seedVariant(int n) throws IOException {
        String text = Files.readString(corpus("seed/seed.txt"), StandardCharsets.UTF_8);
        return (text + "\n（副本编号 " + n + "）\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip with the given entries (name, bytes), each deflated. */
    public static byte[] zip(Object... namesAndBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                zip.write((byte[]) namesAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Settings for fast tests: short read-lock ages and polls, everything else as shipped. */
    public static IngestSettings fastSettings(Path in, Path out) {
        return new SettingsLoader().set("in", in == null ? "" : in.toString()).set("out", out.toString())
                .set("watch.poll-millis", "200").set("watch.min-age-millis", "1000")
                .set("watch.check-interval-millis", "200").set("parallelism", "2").load();
    }

    /** Polls until the condition holds, failing after the deadline; never a fixed sleep. */
    public static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        Object pause = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            synchronized (pause) {
                pause.wait(100);
            }
        }
    }

    public static long count(Path folder, String suffix) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
