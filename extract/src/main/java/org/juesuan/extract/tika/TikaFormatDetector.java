package org.juesuan.extract.tika;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.FormatDetector;
import org.juesuan.extract.parse.PdfHeader;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.parse.TextSniffer;
import org.juesuan.model.DocumentFormat;

/**
 * Detects the format with Tika's content detectors (magic bytes and container inspection). A file
 * that opens with a {@link PdfHeader} is told without them: the header is the magic Tika itself
 * matches, and Tika's type registry and detectors cost most of a second of CPU to load, which a
 * check of one PDF would otherwise pay in full. They load the first time another file needs them.
 */
public final class TikaFormatDetector implements FormatDetector {
    private static final Map<String, DocumentFormat> FORMATS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentFormat.DOCX,
            "application/msword", DocumentFormat.DOC,
            "application/pdf", DocumentFormat.PDF,
            "text/plain", DocumentFormat.TXT);
    /** What Tika calls OOXML and OLE2 files that are encrypted with a password. */
    private static final Set<String> ENCRYPTED = Set.of(
            "application/x-tika-ooxml-protected", "application/x-tika-msoffice-encrypted");

    /** Tika's detectors, loaded on first need (null until then). */
    private volatile Detector detector;

    @Override
    public DocumentFormat detect(SourceDocument source) throws UnreadableDocumentException {
        if (source.content().length == 0) {
            throw new UnreadableDocumentException(Problem.EMPTY, source.name());
        }
        if (PdfHeader.opens(source.content())) {
            return DocumentFormat.PDF;
        }
        MediaType type = mediaType(source);
        String base = type.getBaseType().toString();
        if (ENCRYPTED.contains(base)) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED, base);
        }
        DocumentFormat format = FORMATS.get(base);
        if (format != null) {
            return format;
        }
        if ("text".equals(type.getType()) || TextSniffer.isChineseText(source.content())) {
            return DocumentFormat.TXT;
        }
        if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")
                || base.equals("application/x-tika-msoffice")) {
            throw new UnreadableDocumentException(Problem.CORRUPT,
                    "a damaged or incomplete Office container (" + base + ")");
        }
        throw new UnreadableDocumentException(Problem.UNSUPPORTED_FORMAT, "detected " + base);
    }

    @Override
    public void prepare() {
        detector();
    }

    /**
     * The detectors a default Tika configuration has (every detector on the class path, over Tika's
     * type registry), without the parsers the default configuration would build as well.
     */
    private Detector detector() {
        Detector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                loaded = detector;
                if (loaded == null) {
                    loaded = new DefaultDetector(MimeTypes.getDefaultMimeTypes());
                    detector = loaded;
                }
            }
        }
        return loaded;
    }

    private MediaType mediaType(SourceDocument source) throws UnreadableDocumentException {
        Metadata metadata = new Metadata();
        // No name hint: the content decides, so a wrong extension cannot mislead the parser.
        try (TikaInputStream stream = TikaInputStream.get(source.content(), metadata)) {
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
            return detector().detect(stream, metadata);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Problem.CORRUPT, e.getMessage(), e);
        }
    }
}
