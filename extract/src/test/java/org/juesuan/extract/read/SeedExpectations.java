package org.juesuan.extract.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;
import org.juesuan.model.Section;

/** The expectation files beside a corpus document, and the same lines made from a read disclosure. */
final class SeedExpectations {
    private SeedExpectations() {
    }

    /** The data lines of a tab-separated expectation file; a missing file is an error, never silently written. */
    static List<String> lines(Path tsv) throws IOException {
        if (!Files.exists(tsv)) {
            throw new AssertionError("missing expectation file " + tsv + ": write it by hand and review it");
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        return new ArrayList<>(lines.subList(1, lines.size())).stream().filter(l -> !l.isBlank()).toList();
    }

    /** kind, raw (without the spaces PDF text may put between number and unit), value, unit, decimals. */
    static List<String> figureLines(Disclosure disclosure) {
        return disclosure.figures().stream().map(SeedExpectations::figureLine).toList();
    }

    static String figureLine(Figure figure) {
        return String.join("\t", figure.kind().name(), figure.raw().replaceAll("\\s+", ""),
                figure.value().toPlainString(), figure.unit(), Integer.toString(figure.decimals()));
    }

    /** level, label, title, kind. */
    static List<String> sectionLines(Disclosure disclosure) {
        return disclosure.sections().stream().map(SeedExpectations::sectionLine).toList();
    }

    private static String sectionLine(Section section) {
        return String.join("\t", Integer.toString(section.level()), section.label(), section.title(), section.kind().name());
    }

    /** A readable account of where two lists part: the lines only one side has, with their positions. */
    static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        int common = 0;
        while (common < Math.min(expected.size(), actual.size()) && expected.get(common).equals(actual.get(common))) {
            common++;
        }
        for (int i = common; i < expected.size(); i++) {
            if (!actual.subList(common, actual.size()).contains(expected.get(i))) {
                missing.add("  - #" + (i + 1) + " " + expected.get(i));
            }
        }
        for (int i = common; i < actual.size(); i++) {
            if (!expected.subList(common, expected.size()).contains(actual.get(i))) {
                extra.add("  + #" + (i + 1) + " " + actual.get(i));
            }
        }
        return "first difference at line " + (common + 1) + "; expected " + expected.size() + ", got " + actual.size()
                + "\nmissing:\n" + String.join("\n", missing) + "\nunexpected:\n" + String.join("\n", extra)
                + (missing.isEmpty() && extra.isEmpty() ? "\n(same lines, different order)" : "");
    }

    static String joined(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
