package org.juesuan.output.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The Chrome DevTools Protocol over the JDK's WebSocket: commands with ids, answers matched back,
 * every wait bounded by a deadline. Records uncaught page exceptions so a test can insist on none.
 */
final class DevToolsSession implements AutoCloseable {
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(15);
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    static DevToolsSession connect(HttpClient http, URI url) throws IOException {
        DevToolsSession session = new DevToolsSession();
        try {
            session.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(url, session.new Listener()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to DevTools", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to DevTools at " + url, e);
        }
        return session;
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        socket.sendText(json.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
        JsonNode reply = answer.get(COMMAND_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        await(() -> evalQuietly("document.readyState === 'complete' && location.href === " + quote(url)),
                "page load of " + url);
    }

    /** A real mouse click at the centre of the element the selector finds, scrolled into view first. */
    void click(String selector) throws Exception {
        JsonNode box = eval("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(), "y", box.get("y").asDouble(),
                    "button", "left", "clickCount", 1));
        }
    }

    void screenshot(Path file) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(COMMAND_DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(25);
        }
    }

    boolean evalQuietly(String expression) {
        try {
            return eval(expression).asBoolean(false);
        } catch (Exception e) {
            return false;
        }
    }

    List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    /** Collects a message's fragments (screenshots arrive in many), then routes the whole message. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                route(buffer.toString());
                buffer.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void route(String text) {
            try {
                JsonNode message = json.readTree(text);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else if ("Runtime.exceptionThrown".equals(message.path("method").asText())) {
                    exceptions.add(message.path("params").toString());
                }
            } catch (IOException e) {
                exceptions.add("unreadable DevTools message: " + e.getMessage());
            }
        }
    }
}
