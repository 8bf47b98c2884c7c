package org.juesuan.ingest.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;

/**
 * A reading child's standard reader, with the warm-up it does before it says READY: everything a
 * document needs is loaded then, outside the first document's time limit, and no more than that.
 */
final class StandardChildReading implements DocumentReading {
    private final DisclosureReader reader;

    StandardChildReading(DisclosureReader reader) {
        this.reader = reader;
    }

    @Override
    public Disclosure read(SourceDocument source) throws UnreadableDocumentException {
        return reader.read(source);
    }

    /**
     * Reads {@code text} as extracted text (the stages after parsing: structure, section kinds,
     * HanLP's dictionaries, figures) and writes its JSON; meanwhile, on a second thread, Tika's format
     * detectors load when {@code formatDetection} says a document other than a PDF may come (a PDF is
     * told by its header). The two loads share the machine's cores instead of following each other.
     */
    void warmUp(DisclosureJson json, String text, boolean formatDetection) throws InterruptedException {
        Thread detection = new Thread(reader::prepareFormatDetection, "juesuan-detection-warm-up");
        if (formatDetection) {
            detection.start();
        }
        try {
            json.toJson(reader.readExtractedPages(
                    new SourceDocument("warm-up.txt", text.getBytes(StandardCharsets.UTF_8)), List.of(text)));
        } catch (IOException | RuntimeException e) {
            System.err.println("reading child: warm-up failed: " + e); // the real documents will tell
        }
        if (formatDetection) {
            detection.join();
        }
    }
}
