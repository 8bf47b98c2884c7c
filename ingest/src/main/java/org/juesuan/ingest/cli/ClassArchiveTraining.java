package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.ReportFolder;

/**
 * The run the {@code juesuan} launcher makes once per build under {@code -XX:DumpLoadedClassList}
 * so that the classes every command loads go into a static class-data-sharing archive: it checks the
 * given documents (the seed in each format) as {@code check} does, which loads the command line,
 * the child-process reading and the writers, runs an empty {@code batch} (Camel and the run's
 * reports), and reads and writes them in this JVM too, which loads
 * what a reading child loads, and loads every class of the application's and PDFBox's jars. Both kinds
 * of JVM then start from the one archive. Arguments: the
 * documents (or folders of them).
 */
public final class ClassArchiveTraining {
    /**
     * The jars whose every class goes into the archive: the application's own modules (the reading
     * child's classes among them) and PDFBox's, which real PDFs reach beyond the seed's.
     */
    private static final List<String> EVERY_CLASS_OF = List.of(ClassArchiveTraining.class.getName(),
            DisclosureReader.class.getName(), ReportFolder.class.getName(), Disclosure.class.getName(),
            "org.apache.pdfbox.Loader", "org.apache.fontbox.ttf.TTFParser", "org.apache.pdfbox.io.RandomAccessRead");

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
            loadEveryClassBeside(EVERY_CLASS_OF);
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

    /**
     * Loads, without initialising, every class of the jars that hold these: the run above loads only
     * what the seed needs, and a class first loaded from a jar later (a PDF's xref stream, a font the
     * PDF does not embed, a rule the seed never reaches, the reading child's own classes) is found by
     * opening the class path's jars one by one, tens of milliseconds in a cold check. A class that cannot
     * load (a dependency left out) is left out of the archive too.
     */
    private static void loadEveryClassBeside(List<String> anchors) throws IOException {
        ClassLoader loader = ClassArchiveTraining.class.getClassLoader();
        for (String anchor : anchors) {
            Path jar = jarOf(anchor, loader);
            if (jar == null) {
                continue; // classes from a folder (a test's class path): nothing to add
            }
            try (JarFile entries = new JarFile(jar.toFile())) {
                for (String name : entries.stream().map(JarEntry::getName).filter(ClassArchiveTraining::plainClass).toList()) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // not loadable here, so not archived: a JVM that needs it loads it from its jar
                    }
                }
            }
        }
    }

    private static boolean plainClass(String entry) {
        return entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class");
    }

    private static Path jarOf(String anchor, ClassLoader loader) {
        CodeSource source;
        try {
            source = Class.forName(anchor, false, loader).getProtectionDomain().getCodeSource();
        } catch (ClassNotFoundException e) {
            return null;
        }
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException e) {
            return null;
        }
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
