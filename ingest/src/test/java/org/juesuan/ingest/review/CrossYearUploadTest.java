package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-year findings over HTTP, in whichever order the years arrive. The three real budgets of 万里街道 agree
 * (by hand, see WanliBudgetsCrossYearTest): no cross-year finding. The real 2024 accounts of 普陀区财政局 imply
 * its 2023 收入支出总计 3052.34万元 and 机关运行经费 182.10万元; a 2023 text stating 3062.34 and 182.12 gives an
 * ERROR and a WARNING on the 2024 document, linked to the 2023 one.
 */
class CrossYearUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHARED = Path.of(System.getProperty("juesuan.shared", "../../shared"));
    private static final String RULE = "cross-year";

    @TempDir
    Path data;

    /** A 2023 final-accounts text of the bureau, in the sentence forms its real 2024 document uses. */
    private static byte[] previousYear(String total, String operating) {
        return String.join("\n",
                "上海市普陀区财政局2023年度部门决算",
                "第三部分 2023年度部门决算情况说明",
                "一、收入支出决算总体情况说明",
                "2023年度收入、支出总计均为" + total + "万元。",
                "二、财政拨款收入支出决算总体情况说明",
                "2023年度财政拨款收入、支出均按预算执行。",
                "三、其他重要事项的情况说明",
                "（一）机关运行经费支出情况",
                "2023年度本部门机关运行经费支出" + operating + "万元。",
                "（二）政府采购支出情况",
                "2023年度本部门政府采购支出总额0.00万元。",
                "").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void consecutiveBudgetsThatAgreeGiveNoFindingInAnyOrder() throws Exception {
        try (RunningReviewServer app = new RunningReviewServer(data, null, 2)) {
            List<JsonNode> stored = new ArrayList<>();
            for (int year : List.of(2025, 2023, 2024)) {
                String name = "putuo-wanli-" + year + "-budget.pdf";
                stored.add(done(app.upload(name, Files.readAllBytes(SHARED.resolve("real/budget/" + name)))));
            }
            for (JsonNode uploaded : stored) {
                JsonNode now = document(app, uploaded.path("id").asLong());
                assertEquals(List.of(), crossYear(now), now.path("sourceName").asText());
            }
            JsonNode middle = document(app, stored.get(2).path("id").asLong());
            Set<Integer> others = new TreeSet<>();
            middle.path("otherYears").forEach(o -> others.add(o.path("fiscalYear").asInt()));
            assertEquals(Set.of(2023, 2025), others, "the three budgets are one organization's");
        }
    }

    @Test
    void theEarlierYearArrivingLaterGivesTheLaterItsFindingsAndKeepsDecisions() throws Exception {
        try (RunningReviewServer app = new RunningReviewServer(data, null, 2)) {
            long later = done(app.upload("putuo-finance-bureau-2024.pdf", realAccounts())).path("id").asLong();
            assertEquals(List.of(), crossYear(document(app, later)), "no previous year stored yet");

            long earlier = done(app.upload("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.12"))).path("id").asLong();
            List<JsonNode> found = crossYear(document(app, later));
            assertEquals(List.of("error", "warning"), found.stream().map(f -> f.path("severity").asText()).toList());
            assertEquals(List.of("3052.34万元", "182.10万元"), found.stream().map(f -> f.path("stated").asText()).toList());
            assertEquals(List.of("3062.34万元", "182.12万元"), found.stream().map(f -> f.path("expected").asText()).toList());
            for (JsonNode f : found) {
                assertEquals(earlier, f.path("otherDocumentId").asLong(), "the finding links the 2023 document");
            }
            assertEquals(1, document(app, later).path("counts").path("error").asInt() - errorsWithout(app, later));
            assertEquals(List.of(), crossYear(document(app, earlier)), "the earlier document has nothing to compare with");

            JsonNode dismissed = found.get(1);
            assertEquals(200, app.postJson("/api/findings/" + dismissed.path("id").asLong() + "/decision",
                    "{\"decision\": \"dismissed\", \"comment\": \"上年数经调整\"}").statusCode());
            // A new version of 2023 (a re-upload): the 2024 document is compared with it, and the decision holds.
            long again = done(app.upload("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.12"))).path("id").asLong();
            List<JsonNode> refreshed = crossYear(document(app, later));
            assertEquals(fingerprints(found), fingerprints(refreshed));
            assertEquals(again, refreshed.get(0).path("otherDocumentId").asLong());
            assertEquals("dismissed", refreshed.get(1).path("decision").asText());
            assertEquals("上年数经调整", refreshed.get(1).path("comment").asText());
            assertEquals("open", refreshed.get(0).path("decision").asText());
        }
    }

    @Test
    void theLaterYearArrivingLaterIsComparedAtOnceWithTheSameFingerprints() throws Exception {
        List<String> laterFirst;
        try (RunningReviewServer app = new RunningReviewServer(data.resolve("a"), null, 1)) {
            long later = done(app.upload("putuo-finance-bureau-2024.pdf", realAccounts())).path("id").asLong();
            done(app.upload("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.12")));
            laterFirst = fingerprints(crossYear(document(app, later)));
        }
        try (RunningReviewServer app = new RunningReviewServer(data.resolve("b"), null, 1)) {
            long earlier = done(app.upload("putuo-finance-bureau-2023.txt", previousYear("3062.34", "182.12"))).path("id").asLong();
            JsonNode later = done(app.upload("putuo-finance-bureau-2024.pdf", realAccounts()));
            List<JsonNode> found = crossYear(later);
            assertEquals(2, found.size(), later.path("findings").toString());
            found.forEach(f -> assertEquals(earlier, f.path("otherDocumentId").asLong()));
            assertEquals(laterFirst, fingerprints(found), "the same findings whichever year came first");
            assertTrue(found.get(0).path("message").asText().contains("《putuo-finance-bureau-2023.txt》"),
                    found.get(0).path("message").asText());
        }
    }

    @Test
    void aConsistentPreviousYearGivesNoFinding() throws Exception {
        try (RunningReviewServer app = new RunningReviewServer(data, null, 1)) {
            done(app.upload("putuo-finance-bureau-2023.txt", previousYear("3,052.34", "182.10")));
            assertEquals(List.of(), crossYear(done(app.upload("putuo-finance-bureau-2024.pdf", realAccounts()))));
        }
    }

    private static byte[] realAccounts() throws Exception {
        return Files.readAllBytes(SHARED.resolve("real/putuo-finance-bureau-2024.pdf"));
    }

    /** The document's errors other than cross-year ones. */
    private static int errorsWithout(RunningReviewServer app, long id) throws Exception {
        int errors = 0;
        for (JsonNode f : document(app, id).path("findings")) {
            if (!f.path("rule").asText().equals(RULE) && f.path("severity").asText().equals("error")) {
                errors++;
            }
        }
        return errors;
    }

    private static JsonNode document(RunningReviewServer app, long id) throws Exception {
        HttpResponse<String> response = app.get("/api/documents/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode done(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        JsonNode document = JSON.readTree(response.body());
        assertEquals("done", document.path("status").asText(), response.body());
        return document;
    }

    private static List<JsonNode> crossYear(JsonNode document) {
        List<JsonNode> found = new ArrayList<>();
        document.path("findings").forEach(f -> {
            if (f.path("rule").asText().equals(RULE)) {
                found.add(f);
            }
        });
        return found;
    }

    private static List<String> fingerprints(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("fingerprint").asText()).toList();
    }
}
