package org.juesuan.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch route's use: write each document (its workbook only when it has tables), then rewrite the run's files, again and again. */
class ReportFolderTest {
    @Test
    void rewritesTheRunAfterEachDocumentLeavingNoTemporaryFiles(@TempDir Path folder) throws Exception {
        ReportFolder reports = new ReportFolder(folder.resolve("out"));
        List<DocumentSummary> done = new ArrayList<>();
        done.add(reports.writeDocument(SampleDisclosures.bureau()));
        reports.writeRun(new RunSummary(done, List.of()));
        String first = Files.readString(folder.resolve("out/index.html"));
        done.add(reports.writeDocument(SampleDisclosures.quiet()));
        reports.writeRun(new RunSummary(done, List.of()));
        String second = Files.readString(folder.resolve("out/index.html"));
        assertTrue(!first.contains("quiet.docx") && second.contains("quiet.docx"), "the index follows the run");
        try (Stream<Path> files = Files.list(folder.resolve("out"))) {
            assertEquals(Set.of("bureau 2021 #1.pdf.json", "bureau 2021 #1.pdf.html", "quiet.docx.json", "quiet.docx.html",
                    "bureau 2021 #1.pdf.xlsx", "index.html", "findings.xlsx", "findings.csv"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertEquals("bureau 2021 #1.pdf.html", done.get(0).reportFile());
    }
}
