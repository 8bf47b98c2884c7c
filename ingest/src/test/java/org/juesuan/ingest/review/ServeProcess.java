package org.juesuan.ingest.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code juesuan serve} as a separate JVM on the test classpath, with the environment an operator would give it. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("\\(serving\\) http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final Path log;
    private final int port;

    private ServeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts serving the data folder on a free port; {@code adminPassword} null leaves JUESUAN_ADMIN_PASSWORD unset. */
    static ServeProcess start(Path data, String adminPassword) throws IOException, InterruptedException {
        Files.createDirectories(data);
        // The log lies outside the data folder: the test looks through that folder for the password in clear.
        Path log = Files.createTempFile("juesuan-serve-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.juesuan.ingest.cli.Juesuan", "serve", "--port", "0", "--data", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("JUESUAN_ADMIN_PASSWORD");
        if (adminPassword != null) {
            builder.environment().put("JUESUAN_ADMIN_PASSWORD", adminPassword);
        }
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher serving = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (serving.find()) {
                return new ServeProcess(process, log, Integer.parseInt(serving.group(1)));
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("serve did not start: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    /** What the process printed so far. */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A log left in the temporary folder harms nothing.
        }
    }
}
