package org.juesuan.extract.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.SectionKind;

/**
 * Reads the labelled heading list ({@code KIND<TAB>title} lines, {@code #} comments) that section
 * kind classifiers learn from. A malformed line fails loudly with its line number: a typo in the
 * list would otherwise silently teach the classifier nothing.
 */
public final class LabelledHeadings {
    /** The list shipped with juesuan, covering every {@link SectionKind}. */
    public static final String BUNDLED_RESOURCE = "section-headings.tsv";

    private LabelledHeadings() {
    }

    /** The bundled list, in file order. */
    public static List<LabelledHeading> bundled() {
        try (InputStream in = LabelledHeadings.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + BUNDLED_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /** Parses a list; {@code sourceName} only serves error messages. */
    public static List<LabelledHeading> parse(Reader reader, String sourceName) throws IOException {
        List<LabelledHeading> headings = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            headings.add(parseLine(line, sourceName, lineNumber));
        }
        return List.copyOf(headings);
    }

    private static LabelledHeading parseLine(String line, String sourceName, int lineNumber) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
            throw new IllegalArgumentException(
                    sourceName + ":" + lineNumber + ": expected KIND<TAB>title, got '" + line + "'");
        }
        String label = line.substring(0, tab).strip();
        try {
            return new LabelledHeading(SectionKind.valueOf(label), line.substring(tab + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    sourceName + ":" + lineNumber + ": not a SectionKind or empty title: '" + line + "'", e);
        }
    }
}
