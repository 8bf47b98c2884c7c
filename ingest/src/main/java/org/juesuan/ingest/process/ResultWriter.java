package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Path;
import org.juesuan.model.Disclosure;
import org.juesuan.output.AtomicFile;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.json.DisclosureJson;

/**
 * Writes one document's results into the output folder, each atomically (temporary name, then
 * rename), so a reader or a crash never leaves half a file under the real name.
 */
public final class ResultWriter {
    private final Path out;
    private final DisclosureJson json = new DisclosureJson();
    private final DocumentReportHtml report = new DocumentReportHtml();
    private final ReportFolder folder;

    public ResultWriter(Path out) {
        this.out = out;
        this.folder = new ReportFolder(out);
    }

    /**
     * Deletes the temporary files a process killed mid-write left in the output folder; the results
     * they were to become are rewritten when their inputs are processed again.
     */
    public void removeAbandonedTemporaries() throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(out)) {
            for (Path file : files.filter(AtomicFile::isTemporary).toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    /** The result a document named {@code outputName} gets; the one a batch re-run looks for. */
    public Path jsonFor(String outputName) {
        return out.resolve(outputName + ".json");
    }

    public void write(Disclosure disclosure, String outputName) throws IOException {
        json.write(disclosure, jsonFor(outputName));
        AtomicFile.write(out.resolve(reportName(outputName)), report, disclosure);
        folder.writeTables(disclosure, out.resolve(outputName + ".xlsx"));
    }

    /** The reviewer's HTML report of a document named {@code outputName}. */
    static String reportName(String outputName) {
        return outputName + ".html";
    }
}
