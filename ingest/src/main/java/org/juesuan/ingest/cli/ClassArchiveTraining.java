package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.output.ReportFolder;

/**
 * The run the {@code juesuan} launcher makes once per build under {@code -XX:DumpLoadedClassList}
 * so that the classes every command loads go into a static class-data-sharing archive: it checks the
 * given documents (the seed in each format) as {@code check} does, which loads the command line,
 * the child-process reading and the writers, runs an empty {@code batch} (Camel and the run's
 * reports), and reads and writes them in this JVM too, which loads
 * what a reading child loads. Both kinds of JVM then start from the one archive. Arguments: the
 * documents (or folders of them).
 */
public final class ClassArchiveTraining {
    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> documents = documents(args);
        Path out = Files.createTempDirectory("juesuan-class-archive-");
        try {
            StringWriter ignored = new StringWriter();
            List<String> check = new ArrayList<>(List.of("check"));
            documents.forEach(document -> check.add(document.toString()));
            check.addAll(List.of("--out", out.resolve("check").toString()));
            Juesuan.run(new PrintWriter(ignored), new PrintWriter(ignored), check.toArray(String[]::new));
            // An empty batch loads Camel, the routes and the run's reports, a second or more of a batch's
            // start when they are not in the archive.
            Path nothing = Files.createDirectories(out.resolve("empty"));
            Juesuan.run(new PrintWriter(ignored), new PrintWriter(ignored), "batch", nothing.toString(), "--out",
                    out.resolve("batch").toString());
            DisclosureReader reader = DisclosureReader.standard(new ReadingLimits(100L * 1024 * 1024, 20_000_000));
            ReportFolder folder = new ReportFolder(Files.createDirectories(out.resolve("here")));
            for (Path document : documents) {
                try {
                    folder.writeDocument(Checker.standard().apply(reader.read(SourceDocument.read(document))));
                } catch (Exception e) {
                    System.err.println(document + ": " + e); // a document the seed lacks loads less, no more
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        System.exit(0); // the class list is complete at exit
    }

    private static List<Path> documents(String[] args) throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.toString().matches(".*\\.(docx|doc|pdf|txt)$")).sorted().forEach(documents::add);
                }
            } else if (Files.isRegularFile(path)) {
                documents.add(path);
            }
        }
        return documents;
    }
}
