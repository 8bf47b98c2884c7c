package org.juesuan.ingest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;

/**
 * Figure extraction against {@code expected-figures.tsv} (kind raw value unit decimals), per kind,
 * compared as multisets: precision and recall of what the reader claims.
 */
public final class FigureScore {
    public static final String NAME = "expected-figures.tsv";

    private FigureScore() {
    }

    public static Map<FigureKind, RuleScore> of(List<Figure> figures, Path expectedFile) throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                expected.merge(line, 1, Integer::sum);
            }
        }
        Map<FigureKind, RuleScore> scores = new EnumMap<>(FigureKind.class);
        List<String> found = new ArrayList<>();
        for (Figure figure : figures) {
            found.add(String.join("\t", figure.kind().name(), figure.raw().replaceAll("\\s+", ""), figure.value().toPlainString(),
                    figure.unit(), Integer.toString(figure.decimals())));
        }
        for (String line : found) {
            FigureKind kind = FigureKind.valueOf(line.substring(0, line.indexOf('\t')));
            boolean hit = expected.getOrDefault(line, 0) > 0;
            if (hit) {
                expected.merge(line, -1, Integer::sum);
            }
            scores.merge(kind, hit ? new RuleScore(1, 0, 0, 1) : new RuleScore(0, 1, 0, 0), RuleScore::plus);
        }
        expected.forEach((line, left) -> {
            if (left > 0) {
                FigureKind kind = FigureKind.valueOf(line.substring(0, line.indexOf('\t')));
                scores.merge(kind, new RuleScore(0, 0, left, 0), RuleScore::plus);
            }
        });
        return scores;
    }
}
