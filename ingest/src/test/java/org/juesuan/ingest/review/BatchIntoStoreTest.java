package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.ingest.cli.Juesuan;
import org.juesuan.store.DocumentQuery;
import org.juesuan.store.DocumentStatus;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoreLocation;
import org.juesuan.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --store DIR}: each result also lands in the review store, with its findings and bytes. */
class BatchIntoStoreTest {
    private static final Path SEED = Path.of(System.getProperty("juesuan.root", ".."), "corpus", "seed", "seed.txt");

    @Test
    void batchRecordsItsResultsInTheStore(@TempDir Path in, @TempDir Path out, @TempDir Path data) throws Exception {
        Files.copy(SEED, in.resolve("seed.txt"));
        StringWriter err = new StringWriter();
        int code = Juesuan.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "batch", in.toString(),
                "--out", out.toString(), "--store", data.toString());
        assertEquals(0, code, err.toString());
        try (ReviewStore store = ReviewStore.open(StoreLocation.h2(data), 2)) {
            List<StoredDocument> documents = store.documents(DocumentQuery.all());
            assertEquals(1, documents.size());
            StoredDocument seed = documents.get(0);
            assertEquals(DocumentStatus.DONE, seed.status());
            assertEquals("batch", seed.origin());
            assertTrue(seed.findings() > 0);
            assertEquals(seed.findings(), store.findings(seed.id()).size());
            assertFalse(store.content(seed.sha256()).isEmpty());
        }
    }
}
