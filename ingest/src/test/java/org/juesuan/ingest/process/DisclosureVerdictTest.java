package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.juesuan.model.DocumentFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as content that does not match its extension (lower-cased before it gets here). */
class DisclosureVerdictTest {
    @ParameterizedTest(name = "{1} content named .{0}: fits {2}")
    @CsvSource({
            "pdf, PDF, true", "docx, DOCX, true", "doc, DOC, true", "txt, TXT, true", "text, TXT, true",
            "doc, DOCX, true", "docx, DOC, true",
            "pdf, DOCX, false", "pdf, TXT, false", "pdf, DOC, false",
            "txt, PDF, false", "docx, PDF, false", "doc, TXT, false", "txt, DOCX, false",
            "'', PDF, true", "dat, TXT, true", "xlsx, DOCX, true"})
    void extensionFamilies(String extension, DocumentFormat format, boolean fits) {
        assertEquals(fits, DisclosureVerdict.fits(extension, format));
    }
}
