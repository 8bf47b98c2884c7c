package org.juesuan.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input ends in a clear, typed error or a warning; nothing crashes. */
class BadInputTest {
    private static DisclosureReader reader;

    @BeforeAll
    static void assemble() {
        reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            empty.docx,            EMPTY
            truncated.docx,        CORRUPT
            truncated.pdf,         CORRUPT
            encrypted.docx,        ENCRYPTED
            encrypted.pdf,         ENCRYPTED
            picture.doc,           UNSUPPORTED_FORMAT
            """)
    void unreadableFilesFailWithTheirReason(String name, Problem problem) {
        UnreadableDocumentException error = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(SourceDocument.read(ProjectFiles.corpus("bad/" + name))));
        assertEquals(problem, error.problem(), error.getMessage());
        assertFalse(error.chineseReason().isBlank());
        assertEquals("parse", error.stage());
    }

    @Test
    void aWordFileUnderAPdfNameIsReadAsWordWithAWarning() throws Exception {
        Disclosure disclosure = reader.read(SourceDocument.read(ProjectFiles.corpus("bad/seed-docx-named.pdf")));
        assertEquals(DocumentFormat.DOCX, disclosure.document().format());
        assertTrue(disclosure.warnings().stream().anyMatch(w -> w.code() == WarningCode.EXTENSION_MISMATCH));
        assertEquals(182, disclosure.figures().size());
    }

    @Test
    void aDocumentThatIsNotADisclosureIsReadAndFlagged() throws Exception {
        Disclosure disclosure = reader.read(SourceDocument.read(ProjectFiles.corpus("bad/not-a-disclosure.docx")));
        assertFalse(disclosure.looksLikeDisclosure());
        Disclosure seed = reader.read(SourceDocument.read(ProjectFiles.corpus("seed/seed.docx")));
        assertTrue(seed.looksLikeDisclosure());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        DisclosureReader small = DisclosureReader.standard(new ReadingLimits(10, 1000));
        UnreadableDocumentException error = assertThrows(UnreadableDocumentException.class,
                () -> small.read(new SourceDocument("big.txt", "决算说明".repeat(10).getBytes(StandardCharsets.UTF_8))));
        assertEquals(Problem.TOO_LARGE, error.problem());
    }

    @Test
    void aPdfOverTheCharacterLimitIsRefused() {
        DisclosureReader few = DisclosureReader.standard(new ReadingLimits(100_000_000, 1000));
        UnreadableDocumentException error = assertThrows(UnreadableDocumentException.class,
                () -> few.read(SourceDocument.read(ProjectFiles.corpus("seed/seed.pdf"))));
        assertEquals(Problem.TOO_LARGE, error.problem());
    }
}
