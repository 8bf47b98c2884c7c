package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.juesuan.ingest.IngestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 202 path: a server that answers uploads at once ({@code answerWithin} zero) says 202 with the document
 * queued or being read, and the document ends done with its findings when polled with a deadline.
 */
class UploadAnsweredLaterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of(System.getProperty("juesuan.root", ".."), "corpus", "seed", "seed.txt");

    @TempDir
    Path data;

    @Test
    void anUploadNotReadInTimeIsAnswered202AndFinishesLater() throws Exception {
        try (RunningReviewServer app = new RunningReviewServer(data, null, 1, Duration.ZERO)) {
            HttpResponse<String> answer = app.upload("seed.txt", Files.readAllBytes(SEED));
            assertEquals(202, answer.statusCode(), answer.body());
            JsonNode accepted = JSON.readTree(answer.body());
            assertTrue(Set.of("queued", "reading").contains(accepted.path("status").asText()), answer.body());
            assertEquals(0, accepted.path("findings").size(), "nothing is found before the document is read");

            long id = accepted.path("id").asLong();
            JsonNode finished = pollUntilFinished(app, id, Duration.ofMinutes(3));
            assertEquals("done", finished.path("status").asText(), finished.toString());
            assertTrue(finished.path("findings").size() > 5, "the seed's findings: " + finished.path("findings").size());
            assertEquals(id, finished.path("id").asLong());
            assertTrue(app.get("/api/documents?status=done").body().contains("\"id\":" + id), "listed as done");
        }
    }

    private static JsonNode pollUntilFinished(RunningReviewServer app, long id, Duration within) throws Exception {
        JsonNode[] last = new JsonNode[1];
        IngestFixtures.await("document " + id + " read", within, () -> {
            try {
                last[0] = JSON.readTree(app.get("/api/documents/" + id).body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while polling", e);
            }
            return Set.of("done", "failed").contains(last[0].path("status").asText());
        });
        return last[0];
    }
}
