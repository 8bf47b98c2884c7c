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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "report.PDF|", "a.docx|", "a.doc|", "a.txt|", "a.text|", "bundle.zip|", "dir/a.DOCX|",
            "a.xlsx|不支持的文件类型 .xlsx，未处理", "scan.png|不支持的文件类型 .png，未处理",
            "a.rar|不支持的文件类型 .rar，未处理", "a.WPS|不支持的文件类型 .wps，未处理", "a.et|不支持的文件类型 .et，未处理",
            "README|不支持的文件类型（无扩展名），未处理", "a.pdf.bak|不支持的文件类型 .bak，未处理"})
    void typesNoReaderTakesAreRefusedUnopened(String name, String reason) {
        assertEquals(reason == null ? "" : reason,
                DisclosureVerdict.unsupportedType(name).map(IngestFailure::chineseReason).orElse(""));
    }
}
