package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.IngestFixtures;
import org.juesuan.model.Disclosure;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.json.DisclosureJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's reports as watch writes them, input by input: new documents' findings are appended to
 * the CSV, which stays byte for byte what a whole rewrite gives; a document read again is listed
 * once; a folder of results written before the rows existed has them collected when it opens.
 */
class RunReportsTest {
    private static Disclosure seed;
    private static Disclosure other;

    @BeforeAll
    static void readSeeds() throws Exception {
        DisclosureReader reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
        seed = Pipeline.checks().apply(reader.read(new SourceDocument("seed.txt", IngestFixtures.seedVariant(1))));
        other = Pipeline.checks().apply(reader.read(new SourceDocument("other.txt", IngestFixtures.seedVariant(2))));
    }

    @Test
    void watchAppendsToTheCsvAndItMatchesAWholeRewrite(@TempDir Path out) throws Exception {
        Path csv = out.resolve(ReportFolder.CSV);
        try (RunReports reports = new RunReports(out)) {
            reports.read(seed, "a.txt");
            reports.write();
            long first = Files.size(csv);
            reports.read(other, "b.txt");
            reports.write();
            assertTrue(Files.size(csv) > first, "b's findings appended");
            byte[] appended = Files.readAllBytes(csv);
            reports.writeAll();
            assertArrayEquals(Files.readAllBytes(csv), appended, "appending gives what a whole rewrite gives");

            reports.read(seed, "b.txt"); // b read again, with other findings: its old lines must go
            reports.write();
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertEquals(0, count(text, "other.txt"), "b's old findings are gone");
            assertEquals(2 * seed.findings().size(), count(text, "seed.txt"), "a's and b's findings, once each");
            assertTrue(Files.exists(out.resolve(ReportFolder.INDEX)));
            assertTrue(Files.exists(out.resolve(ReportFolder.WORKBOOK)), "the first workbook is due at once");
        }
    }

    @Test
    void resultsWrittenBeforeTheRowsExistedAreCollectedWhenTheReportsOpen(@TempDir Path out) throws Exception {
        new DisclosureJson().write(seed, out.resolve("old.txt.json"));
        try (RunReports reports = new RunReports(out)) {
            assertEquals(1, reports.documentCount());
            reports.read(other, "new.txt");
        }
        try (RunReports reports = new RunReports(out)) {
            assertEquals(2, reports.documentCount(), "the rows persist across runs");
            reports.writeAll();
            String index = Files.readString(out.resolve(ReportFolder.INDEX), StandardCharsets.UTF_8);
            assertTrue(index.contains("old.txt.html") && index.contains("new.txt.html"), "both in the index");
        }
    }

    private static int count(String text, String name) {
        return text.split(java.util.regex.Pattern.quote(name), -1).length - 1;
    }
}
