package org.juesuan.ingest.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures a running review server over HTTP: how long an upload takes until its findings are
 * visible, and whether concurrent uploads all end read, none failed, none lost.
 */
public final class ServeBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    /** @param authorization the Authorization header every request carries (HTTP Basic of a user of the server) */
    public ServeBenchmark(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** One upload timed until GET /api/documents/{id} shows it done with its findings. */
    public record Visible(long documentId, double seconds, String status, int findings) {
    }

    /** The concurrent uploads: how many were sent, answered, ended done, failed, and were found in the list. */
    public record Concurrent(int sent, int answered, int done, int failed, int listed, int distinctIds, double seconds,
                             List<String> errors) {
    }

    public Visible uploadUntilVisible(String name, byte[] content) throws IOException, InterruptedException {
        long start = System.nanoTime();
        JsonNode answer = JSON.readTree(upload(name, content).body());
        long id = answer.path("id").asLong();
        JsonNode document = awaitFinished(id);
        return new Visible(id, (System.nanoTime() - start) / 1e9, document.path("status").asText(),
                document.path("findings").size());
    }

    /** {@code count} uploads at once, each of distinct bytes (a PDF comment appended), then every one awaited. */
    public Concurrent concurrentUploads(String name, byte[] content, int count) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        long start = System.nanoTime();
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] variant = variant(content, i);
            String variantName = name.replaceFirst("(\\.[^.]+)?$", "-" + (i + 1) + "$1");
            answers.add(clients.submit(() -> JSON.readTree(upload(variantName, variant).body()).path("id").asLong()));
        }
        List<String> errors = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        int done = 0;
        int failed = 0;
        for (Future<Long> answer : answers) {
            try {
                long id = answer.get();
                ids.add(id);
                JsonNode document = awaitFinished(id);
                if ("done".equals(document.path("status").asText())) {
                    done++;
                } else {
                    failed++;
                    errors.add(id + ": " + document.path("reason").asText());
                }
            } catch (java.util.concurrent.ExecutionException | IOException e) {
                errors.add(e.toString());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        int listed = 0;
        try {
            for (JsonNode d : JSON.readTree(get("/api/documents").body())) {
                listed += ids.contains(d.path("id").asLong()) ? 1 : 0;
            }
        } catch (IOException e) {
            errors.add("list: " + e);
        }
        return new Concurrent(count, answers.size() - (int) errors.stream().filter(e -> !e.matches("\\d+:.*")).count(),
                done, failed, listed, ids.size(), seconds, errors);
    }

    private JsonNode awaitFinished(long id) throws IOException, InterruptedException {
        while (true) {
            JsonNode document = JSON.readTree(get("/api/documents/" + id).body());
            String status = document.path("status").asText();
            if ("done".equals(status) || "failed".equals(status)) {
                return document;
            }
            Thread.sleep(250);
        }
    }

    /** The same PDF with a comment line after its end: other bytes, the same document. */
    private static byte[] variant(byte[] content, int n) {
        byte[] tail = ("\n% juesuan serve benchmark " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] variant = java.util.Arrays.copyOf(content, content.length + tail.length);
        System.arraycopy(tail, 0, variant, content.length, tail.length);
        return variant;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String name, byte[] content) throws IOException, InterruptedException {
        String boundary = "juesuan-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/documents"))
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 202) {
            throw new IOException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
