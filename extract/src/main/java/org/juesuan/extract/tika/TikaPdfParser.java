package org.juesuan.extract.tika;

import java.io.IOException;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.EmptyParser;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.PageTextJoiner;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.DocumentFormat;
import org.xml.sax.SAXException;

/**
 * Reads PDF text page by page with Tika's PDF parser, then rejoins the visual line breaks into
 * paragraphs. The bookmark outline is not extracted: it only repeats the headings.
 */
public final class TikaPdfParser implements DocumentParser {
    private final PageTextJoiner joiner = new PageTextJoiner();

    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        PageTextCollector collector = new PageTextCollector(limits.maxCharacters());
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(source.content(), metadata)) {
            new PDFParser().parse(stream, collector, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED, e.getMessage(), e);
        } catch (IOException | SAXException | TikaException e) {
            // Tika wraps what the handler throws; the ceiling is ours, so look for it along the causes.
            Problem problem = causedByTooMuchText(e) ? Problem.TOO_LARGE : Problem.CORRUPT;
            throw new UnreadableDocumentException(problem, e.getMessage(), e);
        }
        List<String> pages = collector.pages();
        PageTextJoiner.Joined joined = joiner.join(pages);
        String title = metadata.get(TikaCoreProperties.TITLE);
        return new RawDocument(DocumentFormat.PDF, pages.size(), title == null || title.isBlank() ? null : title.strip(),
                joined.blocks(), joined.warnings());
    }

    private static boolean causedByTooMuchText(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PageTextCollector.TooMuchText) {
                return true;
            }
        }
        return false;
    }

    private static ParseContext context() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractBookmarksText(false);
        config.setExtractAnnotationText(false);
        config.setExtractInlineImages(false);
        config.setExtractAcroFormContent(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        context.set(Parser.class, new EmptyParser()); // do not descend into attachments
        return context;
    }
}
