package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code juesuan serve} as assembled for real, driven over HTTP on a free port: uploads of a real
 * PDF, the seed and files that are not disclosures, decisions kept across re-uploads, page images,
 * the report and the decisions workbook.
 */
class ReviewServerHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REAL_PDF = Path.of(System.getProperty("juesuan.shared", "../../shared"), "real",
            "putuo-finance-bureau-2024.pdf");
    private static final Path SEED = Path.of(System.getProperty("juesuan.root", ".."), "corpus", "seed", "seed.txt");

    @TempDir
    static Path data;
    private static RunningReviewServer app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningReviewServer(data, null, 2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> health = app.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", JSON.readTree(health.body()).path("status").asText());
        assertTrue(app.get("/").body().contains("上传文件"), "the upload page is served at /");
    }

    @Test
    void aRealPdfIsCheckedAndItsDecisionsOutliveAReupload() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL_PDF);
        JsonNode first = done(app.upload("putuo-finance-bureau-2024.pdf", pdf));
        assertEquals("上海市普陀区财政局", first.path("organization").asText());
        assertEquals(2024, first.path("fiscalYear").asInt());
        assertEquals("PDF", first.path("format").asText());
        JsonNode findings = first.path("findings");
        assertTrue(findings.size() >= 5, "findings of the real PDF: " + findings.size());
        for (JsonNode f : findings) {
            for (String field : List.of("id", "fingerprint", "rule", "severity", "message", "decision")) {
                assertFalse(f.path(field).asText().isEmpty(), field + " missing in " + f);
            }
            assertEquals("open", f.path("decision").asText());
            assertEquals("new", f.path("trend").asText());
        }
        JsonNode dismissed = findings.get(0);
        JsonNode confirmed = findings.get(1);
        assertEquals(400, app.postJson("/api/findings/" + dismissed.path("id").asLong() + "/decision",
                "{\"decision\": \"dismissed\"}").statusCode(), "a dismissal without a reason is refused");
        HttpResponse<String> decided = app.postJson("/api/findings/" + dismissed.path("id").asLong() + "/decision",
                "{\"decision\": \"dismissed\", \"comment\": \"尾差，属正常四舍五入\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("dismissed", JSON.readTree(decided.body()).path("decision").asText());
        assertEquals(200, app.postJson("/api/findings/" + confirmed.path("id").asLong() + "/decision",
                "{\"decision\": \"confirmed\"}").statusCode());
        assertEquals(201, app.postJson("/api/findings/" + confirmed.path("id").asLong() + "/comments",
                "{\"comment\": \"请单位更正后重新公开\"}").statusCode());
        assertEquals(404, app.postJson("/api/findings/987654/decision", "{\"decision\": \"confirmed\"}").statusCode());

        JsonNode again = done(app.upload("putuo-finance-bureau-2024.pdf", pdf));
        assertNotEquals(first.path("id").asLong(), again.path("id").asLong(), "a re-upload is a new version");
        assertEquals(findings.size(), again.path("findings").size());
        for (JsonNode f : again.path("findings")) {
            assertEquals("present", f.path("trend").asText(), "the same bytes show every finding still present");
        }
        JsonNode keptDismissal = byFingerprint(again, dismissed.path("fingerprint").asText());
        assertEquals("dismissed", keptDismissal.path("decision").asText());
        assertEquals("尾差，属正常四舍五入", keptDismissal.path("comment").asText());
        JsonNode keptConfirmation = byFingerprint(again, confirmed.path("fingerprint").asText());
        assertEquals("confirmed", keptConfirmation.path("decision").asText());
        assertEquals("请单位更正后重新公开", keptConfirmation.path("comments").get(0).path("body").asText());
        assertEquals(0, again.path("resolved").size());
        assertEquals(2, again.path("counts").path("decided").asInt());

        JsonNode cellFinding = null;
        for (JsonNode f : again.path("findings")) {
            if (f.path("rule").asText().startsWith("table-")) {
                cellFinding = f;
                break;
            }
        }
        assertTrue(cellFinding != null, "a table finding in the real PDF");
        HttpResponse<byte[]> png = app.getBytes("/api/findings/" + cellFinding.path("id").asLong() + "/page.png");
        assertEquals(200, png.statusCode());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.body(), 4));
        HttpResponse<String> report = app.get("/api/documents/" + again.path("id").asLong() + "/report");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("上海市普陀区财政局"));
        HttpResponse<byte[]> xlsx = app.getBytes("/api/decisions.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx.body(), 2));
        JsonNode listed = JSON.readTree(app.get("/api/documents?q=%E6%99%AE%E9%99%80&year=2024&status=done").body());
        assertTrue(listed.size() >= 2, "both versions are listed by organization, year and status");
    }

    @Test
    void aCorrectedDocumentShowsResolvedPresentAndKeptDecisions() throws Exception {
        String seed = Files.readString(SEED);
        JsonNode before = done(app.upload("seed.txt", seed.getBytes(StandardCharsets.UTF_8)));
        JsonNode findings = before.path("findings");
        assertTrue(findings.size() >= 3, "the seed has defects: " + findings.size());
        JsonNode corrected = findings.get(0);
        JsonNode kept = findings.get(findings.size() - 1);
        assertEquals(200, app.postJson("/api/findings/" + kept.path("id").asLong() + "/decision",
                "{\"decision\": \"dismissed\", \"comment\": \"口径不同\"}").statusCode());
        String sentence = corrected.path("sentence").asText();
        assertTrue(seed.contains(sentence), "the evidence sentence is the document's own text");
        JsonNode after = done(app.upload("seed-更正.txt", seed.replace(sentence, "").getBytes(StandardCharsets.UTF_8)));
        List<String> resolved = new ArrayList<>();
        after.path("resolved").forEach(f -> resolved.add(f.path("fingerprint").asText()));
        assertTrue(resolved.contains(corrected.path("fingerprint").asText()), "the corrected finding is resolved: " + resolved);
        JsonNode stillThere = byFingerprint(after, kept.path("fingerprint").asText());
        assertEquals("present", stillThere.path("trend").asText());
        assertEquals("dismissed", stillThere.path("decision").asText());
    }

    @Test
    void whatIsNotADisclosureFailsWithItsReasonAlsoInsideAZip() throws Exception {
        byte[] letter = "各位同事：下周二下午开会，请准时参加。".getBytes(StandardCharsets.UTF_8);
        JsonNode failed = JSON.readTree(app.upload("letter.pdf", letter).body());
        assertEquals("failed", failed.path("status").asText());
        assertFalse(failed.path("reason").asText().isEmpty());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : List.of("a/通知.txt", "b/说明.txt")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(letter);
                out.closeEntry();
            }
        }
        HttpResponse<String> response = app.upload("两份通知.zip", zip.toByteArray());
        JsonNode documents = JSON.readTree(response.body()).path("documents");
        assertEquals(2, documents.size(), response.body());
        for (JsonNode d : documents) {
            assertEquals("failed", d.path("status").asText());
            assertEquals("内容不像部门（单位）决算公开文件", d.path("reason").asText());
        }
        JsonNode listed = JSON.readTree(app.get("/api/documents?status=failed").body());
        assertTrue(listed.size() >= 3);
    }

    private static JsonNode done(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        JsonNode document = JSON.readTree(response.body());
        assertEquals("done", document.path("status").asText(), response.body());
        return document;
    }

    private static JsonNode byFingerprint(JsonNode document, String fingerprint) {
        for (JsonNode f : document.path("findings")) {
            if (f.path("fingerprint").asText().equals(fingerprint)) {
                return f;
            }
        }
        throw new AssertionError("no finding with fingerprint " + fingerprint + " in " + document.path("id"));
    }
}
