package org.juesuan.ingest.eval.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.juesuan.model.TableKind;

/**
 * Reads the hand-verified table gold: one {@code NN.tsv} per table, UTF-8, header lines
 * {@code # key TAB value} (caption, kind, unit, pages, header-rows, verified), then the grid rows,
 * cells separated by TAB.
 */
public final class GoldTableFile {
    /** A table file's name: 01.tsv, 12.tsv. */
    private static final Pattern TABLE_FILE = Pattern.compile("(\\d{2})\\.tsv");
    /** The pages line: 5-5, 12-14. */
    private static final Pattern PAGES = Pattern.compile("(\\d+)-(\\d+)");
    private static final List<String> KEYS = List.of("caption", "kind", "unit", "pages", "header-rows", "verified");

    private GoldTableFile() {
    }

    /** Every table of a document's gold folder, in order. */
    public static List<GoldTable> readFolder(Path folder) throws IOException {
        List<GoldTable> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (TABLE_FILE.matcher(file.getFileName().toString()).matches()) {
                    tables.add(read(file));
                }
            }
        }
        return tables;
    }

    public static GoldTable read(Path file) throws IOException {
        Matcher name = TABLE_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IOException(file + ": a table file is named NN.tsv");
        }
        Map<String, String> header = new HashMap<>();
        List<List<String>> grid = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) {
                String[] pair = line.substring(2).split("\t", 2);
                header.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            } else {
                grid.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        for (String key : KEYS) {
            if (!header.containsKey(key)) {
                throw new IOException(file + ": the header line '# " + key + "' is missing");
            }
        }
        Matcher pages = PAGES.matcher(header.get("pages"));
        if (!pages.matches()) {
            throw new IOException(file + ": pages must read FIRST-LAST, not " + header.get("pages"));
        }
        try {
            return new GoldTable(file.getParent().getFileName().toString(), Integer.parseInt(name.group(1)),
                    header.get("caption"), TableKind.valueOf(header.get("kind")), header.get("unit"),
                    Integer.parseInt(pages.group(1)), Integer.parseInt(pages.group(2)),
                    Integer.parseInt(header.get("header-rows")), header.get("verified"), grid);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
