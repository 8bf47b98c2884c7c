package org.juesuan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The same inputs for batch and the job: the seed, the bad inputs and the real PDFs, copied into one folder. */
final class ArchiveInputs {
    private ArchiveInputs() {
    }

    static Path root() {
        return Path.of(System.getProperty("juesuan.root", ".."));
    }

    static Path shared() {
        return Path.of(System.getProperty("juesuan.shared", "../../shared"));
    }

    /** corpus/seed and corpus/bad (documents only) and ../shared/real/*.pdf, under {@code folder}/seed, /bad, /real. */
    static Path copyCorpus(Path folder) throws IOException {
        copyDocuments(root().resolve("corpus/seed"), folder.resolve("seed"));
        copyDocuments(root().resolve("corpus/bad"), folder.resolve("bad"));
        copyDocuments(shared().resolve("real"), folder.resolve("real"));
        return folder;
    }

    private static void copyDocuments(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.matches(".+\\.(docx|doc|pdf|txt)") && !name.startsWith(".")) {
                    Files.copy(file, to.resolve(name));
                }
            }
        }
    }

    static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
