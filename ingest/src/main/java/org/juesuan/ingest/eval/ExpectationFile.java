package org.juesuan.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code expected-findings.tsv}: a header, then {@code verdict rule severity anchor stated note}
 * per line, tab-separated; verdict is {@code defect} or {@code consistent}; {@code -} for an empty
 * field; lines starting with # are comments.
 */
public final class ExpectationFile {
    public static final String NAME = "expected-findings.tsv";

    private ExpectationFile() {
    }

    public static List<Expectation> read(Path file) throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5 || !(f[0].equals("defect") || f[0].equals("consistent"))) {
                throw new IOException(file + ":" + (n + 1) + ": expected 'defect|consistent<TAB>rule<TAB>severity<TAB>anchor<TAB>stated[<TAB>note]'");
            }
            expectations.add(new Expectation(f[0].equals("defect"), f[1], dash(f[2]), f[3], dash(f[4]), f.length > 5 ? f[5] : ""));
        }
        return expectations;
    }

    private static String dash(String field) {
        return field.equals("-") ? "" : field;
    }
}
