package org.juesuan.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden test over the seed disclosure in every format it is shipped in: the figures and the section
 * tree must be exactly those of the hand-checked expectation files, so the formats also agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusTest {
    private static final List<String> FORMATS = List.of("seed.docx", "seed.doc", "seed.pdf", "seed.txt", "seed-gb18030.txt");

    private final Map<String, Disclosure> read = new HashMap<>();
    private List<String> expectedFigures;
    private List<String> expectedSections;

    @BeforeAll
    void readSeedInEveryFormat() throws Exception {
        DisclosureReader reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
        for (String name : FORMATS) {
            read.put(name, reader.read(SourceDocument.read(ProjectFiles.corpus("seed/" + name))));
        }
        expectedFigures = SeedExpectations.lines(ProjectFiles.corpus("seed/expected-figures.tsv"));
        expectedSections = SeedExpectations.lines(ProjectFiles.corpus("seed/expected-sections.tsv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.docx", "seed.doc", "seed.pdf", "seed.txt", "seed-gb18030.txt"})
    void figuresAreExactlyTheHandCheckedOnes(String name) {
        List<String> actual = SeedExpectations.figureLines(read.get(name));
        assertEquals(SeedExpectations.joined(expectedFigures), SeedExpectations.joined(actual),
                () -> name + ": " + SeedExpectations.difference(expectedFigures, actual));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.docx", "seed.doc", "seed.pdf", "seed.txt", "seed-gb18030.txt"})
    void sectionTreeIsTheHandCheckedOne(String name) {
        List<String> actual = SeedExpectations.sectionLines(read.get(name));
        assertEquals(SeedExpectations.joined(expectedSections), SeedExpectations.joined(actual),
                () -> name + ": " + SeedExpectations.difference(expectedSections, actual));
    }

    @Test
    void theSeedHasItsKnownFigureCounts() {
        Map<FigureKind, Long> counts = new HashMap<>();
        for (Figure figure : read.get("seed.docx").figures()) {
            counts.merge(figure.kind(), 1L, Long::sum);
        }
        assertEquals(62, read.get("seed.docx").figures().stream().filter(f -> f.unit().equals("万元")).count());
        assertEquals(34L, counts.get(FigureKind.PERCENT));
        assertEquals(30L, counts.get(FigureKind.COUNT));
    }

    /** Beyond the tuples compared above, each figure must sit in the same section of the same tree in every format. */
    @Test
    void formatsPlaceEveryFigureInTheSameSection() {
        List<String> docx = figuresWithSectionPath(read.get("seed.docx"));
        for (String name : FORMATS) {
            assertEquals(docx, figuresWithSectionPath(read.get(name)), name + " places figures differently from seed.docx");
        }
    }

    @Test
    void formatsAreDetectedFromContent() {
        assertEquals(DocumentFormat.DOCX, read.get("seed.docx").document().format());
        assertEquals(DocumentFormat.DOC, read.get("seed.doc").document().format());
        assertEquals(DocumentFormat.PDF, read.get("seed.pdf").document().format());
        assertEquals(DocumentFormat.TXT, read.get("seed-gb18030.txt").document().format());
        assertEquals(23, read.get("seed.pdf").document().pages());
    }

    @Test
    void figuresPointAtTheirRawTextAndCarryContextWords() {
        for (String name : FORMATS) {
            Disclosure disclosure = read.get(name);
            for (Figure figure : disclosure.figures()) {
                assertEquals(figure.raw(), disclosure.text().substring(figure.start(), figure.end()), name + " " + figure.id());
            }
        }
        Figure operatingCosts = read.get("seed.pdf").figures().stream()
                .filter(f -> f.raw().replace(" ", "").equals("56.19万元")).findFirst().orElseThrow();
        assertTrue(operatingCosts.context().contains("经费"), "context of 56.19万元: " + operatingCosts.context());
    }

    @Test
    void frontMatterIsRead() {
        for (String name : FORMATS) {
            var document = read.get(name).document();
            assertEquals(2021, document.fiscalYear(), name);
            assertEquals("中共广元市朝天区委巡察工作领导小组办公室", document.organization(), name);
        }
    }

    private static List<String> figuresWithSectionPath(Disclosure disclosure) {
        Map<String, String> paths = new HashMap<>();
        disclosure.sections().forEach(s -> paths.put(s.id(),
                (s.parentId() == null ? "" : paths.get(s.parentId()) + " / ") + s.label() + s.title()));
        return disclosure.figures().stream()
                .map(f -> SeedExpectations.figureLine(f) + "\t" + (f.sectionId() == null ? "" : paths.get(f.sectionId())))
                .toList();
    }

    static Path seed(String name) {
        return ProjectFiles.corpus("seed/" + name);
    }
}
