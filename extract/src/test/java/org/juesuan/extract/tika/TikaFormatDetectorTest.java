package org.juesuan.extract.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.juesuan.extract.parse.PdfHeader;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.DocumentFormat;
import org.junit.jupiter.api.Test;

/**
 * The PDF header is told without Tika only where Tika's full default configuration says
 * application/pdf too, and every other file still goes to Tika's detectors.
 */
class TikaFormatDetectorTest {

    @Test
    void aFileTakenForPdfByItsHeaderIsOneTikaTakesForPdf() throws Exception {
        List<Path> files = corpusFiles();
        int pdfs = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            if (PdfHeader.opens(content)) {
                pdfs++;
                assertEquals("application/pdf", fullTika(content), file.toString());
            }
        }
        assertTrue(pdfs >= 5, "PDFs in the corpus: " + pdfs);
    }

    @Test
    void aPdfNamedAsAnotherFormatAndAWordFileNamedPdfAreToldByContent() throws Exception {
        TikaFormatDetector detector = new TikaFormatDetector();
        assertEquals(DocumentFormat.DOCX, detector.detect(SourceDocument.read(ProjectFiles.corpus("bad/seed-docx-named.pdf"))));
        byte[] pdf = Files.readAllBytes(ProjectFiles.corpus("seed/seed.pdf"));
        assertEquals(DocumentFormat.PDF, detector.detect(new SourceDocument("seed.docx", pdf)));
        assertEquals(DocumentFormat.DOC, detector.detect(SourceDocument.read(ProjectFiles.corpus("seed/seed.doc"))));
    }

    @Test
    void theHeaderIsTheWholeMagicNotAPrefixOfIt() {
        assertTrue(PdfHeader.opens("%PDF-1.7\n".getBytes()));
        assertTrue(PdfHeader.opens(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '%', 'P', 'D', 'F', '-'}));
        assertFalse(PdfHeader.opens("%PDF".getBytes()));
        assertFalse(PdfHeader.opens(" %PDF-1.7".getBytes()));
        assertFalse(PdfHeader.opens(new byte[0]));
    }

    private static String fullTika(byte[] content) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(content, metadata)) {
            return TikaConfig.getDefaultConfig().getDetector().detect(stream, metadata).getBaseType().toString();
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ProjectFiles.corpus(""))) {
            return Stream.concat(walk.filter(Files::isRegularFile).toList().stream(),
                    Stream.of("real/putuo-planning-resources-2024.pdf", "real/putuo-finance-bureau-2024.pdf",
                            "real/shanghai-template-2024.pdf").map(ProjectFiles::shared)).toList();
        }
    }
}
