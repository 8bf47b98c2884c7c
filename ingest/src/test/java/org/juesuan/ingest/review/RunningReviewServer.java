package org.juesuan.ingest.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.ingest.settings.SettingsLoader;
import org.juesuan.serve.ReviewServer;
import org.juesuan.serve.ServeSettings;
import org.juesuan.serve.security.Accounts;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoreLocation;

/**
 * The real server as {@code juesuan serve} assembles it — an H2 store in a data folder, the pipeline
 * reading in child JVMs, Javalin on a free loopback port — plus an HTTP client speaking to it,
 * every request authenticated with HTTP Basic as the admin created at start.
 */
final class RunningReviewServer implements AutoCloseable {
    static final String ADMIN = Accounts.FIRST_ADMIN;
    static final String ADMIN_PASSWORD = "管理员-test-密码";

    final ReviewStore store;
    final PipelineChecker checker;
    final ReviewServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RunningReviewServer(Path data, StoreLocation location, int workers) throws IOException {
        this(data, location, workers, Duration.ofSeconds(120));
    }

    /** A server that answers an upload after at most {@code answerWithin} (202 with what is still being read). */
    RunningReviewServer(Path data, StoreLocation location, int workers, Duration answerWithin) throws IOException {
        IngestSettings settings = new SettingsLoader().load();
        this.store = ReviewStore.open(location == null ? StoreLocation.h2(data) : location, workers + 8);
        this.checker = new PipelineChecker(settings, data.resolve("scratch"));
        new Accounts(store.users()).ensureFirstAdmin(ADMIN_PASSWORD);
        this.server = ReviewServer.start(new ServeSettings("127.0.0.1", 0, workers, settings.document().maxBytes(),
                answerWithin), store, checker);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The Authorization header value of HTTP Basic for these credentials. */
    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request to the path, authenticated as the test admin. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(ADMIN, ADMIN_PASSWORD));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST /api/documents with one multipart field {@code file}. */
    HttpResponse<String> upload(String name, byte[] content) throws IOException, InterruptedException {
        String boundary = "juesuan-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request("/api/documents").timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.close();
        checker.close();
        store.close();
    }
}
