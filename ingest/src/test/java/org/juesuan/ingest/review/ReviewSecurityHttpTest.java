package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.serve.ReviewServer;
import org.juesuan.serve.ServeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review app's security over real HTTP: logins (Basic and browser sessions), roles, CSRF,
 * upload names, and escaping of what a document says.
 */
class ReviewSecurityHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of(System.getProperty("juesuan.root", ".."), "corpus", "seed", "seed.txt");

    @TempDir
    static Path data;
    private static RunningReviewServer app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningReviewServer(data.resolve("store"), null, 1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void healthIsOpenAndEverythingElseNeedsALogin() throws Exception {
        assertEquals(200, anonymous("GET", "/health", null).statusCode());
        HttpResponse<String> api = anonymous("GET", "/api/documents", null);
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"juesuan\""));
        assertEquals(401, anonymous("POST", "/api/findings/1/decision", "{\"decision\":\"confirmed\"}").statusCode());
        assertEquals(401, anonymous("GET", "/api/decisions.xlsx", null).statusCode());
        HttpResponse<String> page = anonymous("GET", "/document.html?id=3", null);
        assertEquals(302, page.statusCode(), "a page sends the browser to the login page");
        assertEquals("/login.html?next=%2Fdocument.html%3Fid%3D3", page.headers().firstValue("Location").orElseThrow());
        assertEquals(302, anonymous("GET", "/", null).statusCode());
        assertEquals(302, anonymous("GET", "/index.js", null).statusCode(), "the pages' scripts are served to users only");
        HttpResponse<String> login = anonymous("GET", "/login.html", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("登录"));
        assertEquals(200, anonymous("GET", "/login.js", null).statusCode());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(app.uri("/api/documents"))
                .header("Authorization", RunningReviewServer.basic(RunningReviewServer.ADMIN, "not-the-password")));
        assertEquals(401, wrong.statusCode());
        assertEquals(200, app.get("/api/documents").statusCode(), "Basic with the right password works");
    }

    @Test
    void reviewersWorkButOnlyAdminsManageUsers() throws Exception {
        createUser("审核员甲", "reviewer", "甲的密码-12345");
        String reviewer = RunningReviewServer.basic("审核员甲", "甲的密码-12345");
        assertEquals(200, as(reviewer, "GET", "/api/documents", null).statusCode());
        assertEquals(200, as(reviewer, "GET", "/api/session", null).statusCode());
        assertEquals(403, as(reviewer, "GET", "/api/users", null).statusCode());
        assertEquals(403, as(reviewer, "POST", "/api/users", "{\"name\":\"x\",\"role\":\"admin\",\"password\":\"12345678\"}").statusCode());
        assertEquals(403, as(reviewer, "POST", "/api/users/admin/password", "{\"password\":\"taken-over\"}").statusCode());
        assertEquals(403, as(reviewer, "GET", "/users.html", null).statusCode());
        assertEquals(409, app.postJson("/api/users", "{\"name\":\"审核员甲\",\"role\":\"reviewer\",\"password\":\"12345678\"}").statusCode());
        assertEquals(400, app.postJson("/api/users", "{\"name\":\"短\",\"role\":\"reviewer\",\"password\":\"1234\"}").statusCode(),
                "a password shorter than 8 characters is refused");
        JsonNode users = JSON.readTree(app.get("/api/users").body());
        assertTrue(users.toString().contains("\"name\":\"审核员甲\",\"role\":\"reviewer\""), users.toString());
        assertFalse(users.toString().contains("$2"), "no hash leaves the server");

        String path = "/api/users/" + URLEncoder.encode("审核员甲", StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals(200, app.postJson(path + "/password", "{\"password\":\"新的密码-67890\"}").statusCode());
        assertEquals(401, as(reviewer, "GET", "/api/documents", null).statusCode(), "the old password no longer works");
        String renewed = RunningReviewServer.basic("审核员甲", "新的密码-67890");
        assertEquals(200, as(renewed, "GET", "/api/documents", null).statusCode());
        assertEquals(200, app.postJson(path + "/disabled", "{\"disabled\":true}").statusCode());
        assertEquals(401, as(renewed, "GET", "/api/documents", null).statusCode(), "a disabled user is out");
        assertEquals(400, app.postJson("/api/users/admin/disabled", "{\"disabled\":true}").statusCode(), "admins cannot lock themselves out");
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenForEveryChange() throws Exception {
        createUser("审核员乙", "reviewer", "乙的密码-12345");
        JsonNode document = done(app.upload("seed.txt", Files.readAllBytes(SEED)));
        long finding = document.path("findings").get(0).path("id").asLong();
        Browser browser = new Browser();
        HttpResponse<String> failed = browser.login("审核员乙", "wrong-password", "/");
        assertEquals(303, failed.statusCode());
        assertTrue(failed.headers().firstValue("Location").orElseThrow().contains("failed=1"));
        HttpResponse<String> login = browser.login("审核员乙", "乙的密码-12345", "/document.html?id=" + document.path("id").asLong());
        assertEquals(303, login.statusCode());
        assertEquals("/document.html?id=" + document.path("id").asLong(), login.headers().firstValue("Location").orElseThrow());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("juesuan_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(303, browser.login("审核员乙", "乙的密码-12345", "https://evil.example/").statusCode());

        JsonNode session = JSON.readTree(browser.send("GET", "/api/session", null, null).body());
        assertEquals("审核员乙", session.path("name").asText());
        assertEquals("reviewer", session.path("role").asText());
        String token = session.path("csrfToken").asText();
        assertFalse(token.isEmpty());
        String decision = "/api/findings/" + finding + "/decision";
        String body = "{\"decision\":\"confirmed\",\"comment\":\"属实\"}";
        assertEquals(403, browser.send("POST", decision, body, null).statusCode(), "no token, no change");
        assertEquals(403, browser.send("POST", decision, body, "x" + token).statusCode(), "a wrong token, no change");
        assertEquals("open", findingDecision(finding));
        HttpResponse<String> decided = browser.send("POST", decision, body, token, "X-Reviewer", URLEncoder.encode("冒名者", StandardCharsets.UTF_8));
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("审核员乙", JSON.readTree(decided.body()).path("decidedBy").asText(), "decidedBy is the logged-in user");
        HttpResponse<String> forged = browser.send("POST", decision, body, token, "Origin", "https://evil.example");
        assertEquals(403, forged.statusCode(), "a change from another site is refused even with the token");

        assertEquals(200, browser.send("POST", "/logout", null, token).statusCode());
        assertEquals(401, browser.send("GET", "/api/session", null, null).statusCode(), "logged out");
    }

    @Test
    void uploadNamesAreNeverPathsAndTheTypeComesFromTheContent() throws Exception {
        byte[] seed = Files.readAllBytes(SEED);
        for (String name : List.of("../../x.txt", "C:\\..\\x.txt", "/etc/x.txt")) {
            JsonNode document = done(app.upload(name, seed));
            assertEquals("x.txt", document.path("sourceName").asText(), name);
        }
        JsonNode disguised = JSON.readTree(app.upload("../../x.pdf", seed).body());
        assertEquals("x.pdf", disguised.path("sourceName").asText());
        assertEquals("failed", disguised.path("status").asText(), "text in PDF clothing is refused: the content says what it is");
        assertTrue(disguised.path("reason").asText().contains("TXT"), disguised.path("reason").asText());
        for (Path near : List.of(data.resolve("x.pdf"), data.resolve("store").resolve("x.pdf"), Path.of("x.pdf"),
                Path.of("..", "x.pdf"), Path.of("..", "..", "x.pdf"))) {
            assertFalse(Files.exists(near) || Files.exists(near.resolveSibling("x.txt")), "nothing written under the uploaded name: " + near.toAbsolutePath());
        }
    }

    @Test
    void whatADocumentSaysIsEscapedInTheReport() throws Exception {
        String payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
        String seed = Files.readString(SEED).replaceFirst("区委巡察办承担", "区委巡察办" + payload + "承担");
        JsonNode document = done(app.upload("<b>名称</b>.txt", seed.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> report = app.get("/api/documents/" + document.path("id").asLong() + "/report");
        assertEquals(200, report.statusCode());
        assertFalse(report.body().contains("<script>window.__xss"), "the document's markup is not markup in the report");
        assertFalse(report.body().contains("<img src=x"));
        assertTrue(report.body().contains("&lt;script&gt;window.__xss"), "it is shown as text");
        assertTrue(report.body().contains("&lt;img src"), "it is shown as text");
        assertEquals("text/html;charset=utf-8", report.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("nosniff", report.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void theFirstAdminComesFromTheVariableElseARandomPasswordIsPrintedOnce() throws Exception {
        try (ServeProcess serve = ServeProcess.start(data.resolve("given"), "变量给出的管理员密码")) {
            assertEquals(200, sessionAs(serve, "admin", "变量给出的管理员密码"));
            assertFalse(serve.output().contains("(password)"), serve.output());
        }
        Path fresh = data.resolve("fresh");
        String printed;
        try (ServeProcess serve = ServeProcess.start(fresh, null)) {
            Matcher password = Pattern.compile("密码 \\(password\\) (\\S+)").matcher(serve.output());
            assertTrue(password.find(), serve.output());
            printed = password.group(1);
            assertEquals(200, sessionAs(serve, "admin", printed));
            assertEquals(401, sessionAs(serve, "admin", printed + "x"));
        }
        try (ServeProcess again = ServeProcess.start(fresh, "此时给出已不起作用")) {
            assertFalse(again.output().contains(printed), "the password is printed once only");
            assertEquals(200, sessionAs(again, "admin", printed), "it still works after a restart");
            assertEquals(401, sessionAs(again, "admin", "此时给出已不起作用"), "the variable only counts at the first start");
        }
        try (var files = Files.walk(fresh)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(printed),
                        "the password is kept nowhere in clear: " + file);
            }
        }
    }

    /** The status of GET /api/session with these Basic credentials on the child server. */
    private static int sessionAs(ServeProcess serve, String name, String password) throws Exception {
        return app.http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + serve.port() + "/api/session"))
                .header("Authorization", RunningReviewServer.basic(name, password)).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void anUploadPastTheSizeLimitIs413AndAStrangersUploadIsNotRead() throws Exception {
        ServeSettings small = new ServeSettings("127.0.0.1", 0, 1, 64 * 1024, Duration.ofSeconds(30));
        ReviewServer limited = ReviewServer.start(small, app.store, app.checker);
        try {
            java.net.URI target = java.net.URI.create("http://127.0.0.1:" + limited.port() + "/api/documents");
            for (int size : new int[] {200 * 1024, 3 * 1024 * 1024}) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(target)
                        .header("Authorization", RunningReviewServer.basic(RunningReviewServer.ADMIN, RunningReviewServer.ADMIN_PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("big.txt", new byte[size]))));
                assertEquals(413, answer.statusCode(), size + " bytes: " + answer.body());
            }
            int before = app.store.documents(new org.juesuan.store.DocumentQuery(null, null, null, null, 10_000)).size();
            HttpResponse<String> stranger = send(HttpRequest.newBuilder(target).header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("x.txt", Files.readAllBytes(SEED)))));
            assertEquals(401, stranger.statusCode());
            assertEquals(before, app.store.documents(new org.juesuan.store.DocumentQuery(null, null, null, null, 10_000)).size(),
                    "nothing stored for an upload without login");
        } finally {
            limited.close();
        }
    }

    private static byte[] multipart(String name, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String findingDecision(long finding) throws Exception {
        long documentId = app.store.finding(finding).orElseThrow().documentId();
        for (JsonNode f : JSON.readTree(app.get("/api/documents/" + documentId).body()).path("findings")) {
            if (f.path("id").asLong() == finding) {
                return f.path("decision").asText();
            }
        }
        throw new AssertionError("finding " + finding + " not listed");
    }

    private static void createUser(String name, String role, String password) throws Exception {
        HttpResponse<String> created = app.postJson("/api/users",
                JSON.writeValueAsString(java.util.Map.of("name", name, "role", role, "password", password)));
        assertEquals(201, created.statusCode(), created.body());
    }

    private static HttpResponse<String> anonymous(String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(app.uri(path)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    private static HttpResponse<String> as(String authorization, String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return app.http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode done(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        JsonNode document = JSON.readTree(response.body());
        assertEquals("done", document.path("status").asText(), response.body());
        return document;
    }

    /** A client that keeps cookies as a browser does and follows no redirect, so each answer can be seen. */
    private static final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> login(String name, String password, String next) throws Exception {
            String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (next.startsWith("https://") && response.statusCode() == 303) {
                assertEquals("/", response.headers().firstValue("Location").orElseThrow(), "never sent to another site");
            }
            return response;
        }

        HttpResponse<String> send(String method, String path, String json, String csrfToken, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofMinutes(1))
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (csrfToken != null) {
                request.header("X-CSRF-Token", csrfToken);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
