package org.juesuan.output.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium on a loopback DevTools port, with a fresh profile, killed (with its helper
 * processes) on close. Chromium picks a free port and writes it to DevToolsActivePort in the
 * profile, which avoids both guessing a port and parsing its log.
 */
final class Chromium implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);
    private final Process process;
    private final Path profile;
    private final int port;

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** The browser binary: -Djuesuan.chromium, else chromium or google-chrome on the PATH. */
    static Optional<Path> find() {
        String configured = System.getProperty("juesuan.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    static Chromium start(Path binary, Path log) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("juesuan-chromium-");
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1280,900", "--hide-scrollbars", "--lang=zh-CN", "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            return new Chromium(process, profile, awaitPort(process, profile.resolve("DevToolsActivePort")));
        } catch (IOException | RuntimeException | InterruptedException e) {
            kill(process);
            delete(profile);
            throw e;
        }
    }

    private static int awaitPort(Process process, Path portFile) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + " before opening DevTools");
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium did not open DevTools within " + START_DEADLINE);
    }

    /** Opens a DevTools session on the browser's first page. */
    DevToolsSession openPage() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(Duration.ofSeconds(5)).build();
        JsonNode targets = new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                return DevToolsSession.connect(http, URI.create(target.get("webSocketDebuggerUrl").asText()));
            }
        }
        throw new IOException("chromium has no page target: " + targets);
    }

    @Override
    public void close() {
        kill(process);
        delete(profile);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary folder is harmless; the test result matters more.
        }
    }
}
