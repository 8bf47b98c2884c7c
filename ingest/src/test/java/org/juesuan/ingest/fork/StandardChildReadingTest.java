package org.juesuan.ingest.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.Test;

/**
 * A reading child says READY before its warm-up ends, so its first document is read on the reader the
 * warm-up is still using: that document's model must be the one a reader done warming up gives.
 */
class StandardChildReadingTest {
    private static final String WARM_UP = """
            某某单位2023年度部门决算公开
            第一部分 部门概况
            2023年度收入总计120.50万元，比上年增加10.25万元，增长9.3%。
            """;

    @Test
    void aDocumentReadBesideTheWarmUpReadsAsAfterIt() throws Exception {
        SourceDocument seed = new SourceDocument("seed.txt", Files.readAllBytes(IngestFixtures.corpus("seed/seed.txt")));
        DisclosureJson json = new DisclosureJson();
        StandardChildReading reading = new StandardChildReading(
                DisclosureReader.standard(new ReadingLimits(100L << 20, 20_000_000)));

        Thread warming = reading.warmUpInBackground(json, WARM_UP, true);
        String beside = json.toJson(reading.read(seed));
        warming.join();
        String after = json.toJson(reading.read(seed));

        assertEquals(after, beside);
    }
}
