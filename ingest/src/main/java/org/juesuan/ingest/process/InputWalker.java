package org.juesuan.ingest.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds a batch's inputs: each named file, and every file under each named folder (recursively;
 * hidden files, copiers' working names and markers, and the output folder left out), named for their results by their
 * path below the folder ({@code 2023/a.pdf} → {@code 2023!a.pdf}).
 */
public final class InputWalker {
    private final Path out;

    public InputWalker(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Whether {@code file} is a document or zip a reader takes (the benchmark's inputs). */
    public static boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && name.matches(".+\\.(docx|doc|pdf|txt|zip)");
    }

    /**
     * Whether a batch answers for {@code file}: any name but a working name or marker. A type no
     * reader takes is still an input, counted as failed with its reason ({@link DisclosureVerdict}).
     */
    public static boolean isCandidate(Path file) {
        return CopyCompleteness.isInputName(file.getFileName().toString());
    }

    /** Counts the inputs without keeping them (for the progress bar). */
    public int count(List<Path> roots) throws IOException {
        int[] count = {0};
        walk(roots, input -> count[0]++);
        return count[0];
    }

    /** Gives each input to {@code sink} as it is found; the walk holds no list of them. */
    public void walk(List<Path> roots, Consumer<BatchInput> sink) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).filter(InputWalker::isCandidate)
                            .filter(file -> !file.toAbsolutePath().normalize().startsWith(out))
                            .filter(file -> !hidden(root.relativize(file)))
                            .forEach(file -> sink.accept(new BatchInput(file,
                                    OutputNames.flatten(root.relativize(file).toString()))));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                sink.accept(new BatchInput(root, OutputNames.flatten(root.getFileName().toString())));
            }
        }
    }

    private static boolean hidden(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return parts.stream().anyMatch(part -> part.startsWith("."));
    }
}
