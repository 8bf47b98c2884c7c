package org.juesuan.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which half of a corpus a document folder belongs to, from {@code split.tsv} at the corpus root
 * ({@code folder TAB half [TAB note]}, a header line, # for comments). Rules are developed on one
 * half (development) and measured on the other (held-back) before anyone looks at its misses. A
 * corpus without the file is one half, named {@link #WHOLE}.
 */
public final class CorpusSplit {
    public static final String NAME = "split.tsv";
    public static final String WHOLE = "all";

    private final Map<String, String> halves;

    private CorpusSplit(Map<String, String> halves) {
        this.halves = Map.copyOf(halves);
    }

    public static CorpusSplit read(Path corpus) throws IOException {
        Path file = corpus.resolve(NAME);
        Map<String, String> halves = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new CorpusSplit(halves);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IOException(file + ":" + (n + 1) + ": expected 'folder<TAB>half[<TAB>note]'");
            }
            halves.put(fields[0].strip(), fields[1].strip());
        }
        return new CorpusSplit(halves);
    }

    /** The half of a document folder given relative to the corpus root; {@link #WHOLE} when unlisted. */
    public String halfOf(Path corpus, Path folder) {
        Path relative = corpus.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize());
        String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        return halves.getOrDefault(top, WHOLE);
    }
}
