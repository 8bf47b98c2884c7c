package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.model.FigureKind;
import org.junit.jupiter.api.Test;

/** The figures of the seed disclosure, counted by kind; the counts were checked by hand. */
class SeedDocumentTest {

    private static final String SEED = "seed/000_66347b622243e032.txt";

    @Test
    void findsTheSeedsFiguresByKind() throws IOException {
        String text = Files.readString(sharedFolder().resolve(SEED), StandardCharsets.UTF_8);
        List<FoundFigure> figures = new RegexFigureFinder().find(text);

        assertEquals(62, count(figures, FigureKind.AMOUNT, "万元"), "万元 amounts");
        assertEquals(62, count(figures, FigureKind.AMOUNT, null), "all amounts");
        assertEquals(34, count(figures, FigureKind.PERCENT, null), "percents");
        assertEquals(30, count(figures, FigureKind.COUNT, null), "counts");
        assertEquals(10, count(figures, FigureKind.CODE, null), "codes: 4 in the text, 6 in the glossary");
        for (FoundFigure figure : figures) {
            assertEquals(figure.raw(), text.substring(figure.start(), figure.end()));
            assertTrue(!figure.raw().contains("Toc"), () -> "a bookmark yielded " + figure);
        }
    }

    private static long count(List<FoundFigure> figures, FigureKind kind, String unit) {
        return figures.stream()
                .filter(f -> f.kind() == kind && (unit == null || f.unit().equals(unit)))
                .count();
    }

    /** The shared folder: the build sets {@code juesuan.shared}; else it sits beside the project. */
    private static Path sharedFolder() {
        String configured = System.getProperty("juesuan.shared");
        return configured != null ? Path.of(configured) : Path.of("../../shared");
    }
}
