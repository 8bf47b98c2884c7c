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
     * Starts the warm-up on a thread of its own and returns it: {@code text} read as extracted text
     * (the stages after parsing: structure, section kinds, HanLP's dictionaries, figures) and its JSON
     * written; beside it, on a further thread, Tika's format detectors load when {@code formatDetection}
     * says a document other than a PDF may come (a PDF is told by its header). The child says READY
     * without waiting for it: its first document's parse (PDFBox, cold, the longest step) then runs
     * beside the dictionaries' load instead of after it, and its figures wait for them only if they are
     * still loading; the reader is shared, and holds no per-document state.
     */
    Thread warmUpInBackground(DisclosureJson json, String text, boolean formatDetection) {
        Thread warming = new Thread(() -> warmUp(json, text, formatDetection), "juesuan-reading-warm-up");
        warming.setDaemon(true);
        warming.start();
        return warming;
    }

    /** The warm-up itself, on the calling thread: see {@link #warmUpInBackground}. */
    void warmUp(DisclosureJson json, String text, boolean formatDetection) {
        Thread detection = new Thread(reader::prepareFormatDetection, "juesuan-detection-warm-up");
        detection.setDaemon(true);
        if (formatDetection) {
            detection.start();
        }
        try {
            json.toJson(reader.readExtractedPages(
                    new SourceDocument("warm-up.txt", text.getBytes(StandardCharsets.UTF_8)), List.of(text)));
        } catch (IOException | RuntimeException e) {
            System.err.println("reading child: warm-up failed: " + e); // the real documents will tell
        }
    }
}
