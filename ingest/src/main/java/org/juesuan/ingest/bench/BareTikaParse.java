package org.juesuan.ingest.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The floor the pipeline is measured against: Tika's auto-detecting parser over the same bytes,
 * with no limit on the text kept and nothing done with it. Only the benchmark calls Tika outside
 * extract's adapter, because measuring Tika itself is its point. OCR is off: Tika turns Tesseract on by
 * itself wherever it is installed, and the floor is the reading of text layers, as the pipeline's is
 * for a page that has one.
 */
final class BareTikaParse {
    private final AutoDetectParser parser = new AutoDetectParser();

    /** Parses and returns the number of characters of text, so the work cannot be skipped. */
    int parse(byte[] content) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        try {
            parser.parse(new ByteArrayInputStream(content), handler, new Metadata(), context);
        } catch (TikaException | SAXException e) {
            throw new IOException("Tika cannot parse it: " + e.getMessage(), e);
        }
        return handler.toString().length();
    }
}
