package org.juesuan.extract.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.juesuan.extract.testing.ProjectFiles;

/** The hand-verified table gold of {@code corpus/real/tables/<document>/<NN>.tsv}: header lines and grid rows. */
record GoldGrids(String document, String file, Map<String, String> header, List<List<String>> rows) {
    static List<GoldGrids> all() {
        Path root = ProjectFiles.corpus("real/tables");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).sorted().map(GoldGrids::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldGrids read(Path file) {
        Map<String, String> header = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# ")) {
                    String[] parts = line.substring(2).split("\t", 2);
                    header.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
                } else if (!line.isEmpty()) {
                    rows.add(List.of(line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldGrids(file.getParent().getFileName().toString(), file.getFileName().toString(), header, rows);
    }

    String caption() {
        return header.getOrDefault("caption", "");
    }

    @Override
    public String toString() {
        return document + "/" + file;
    }
}
