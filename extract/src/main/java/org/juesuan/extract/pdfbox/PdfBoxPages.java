package org.juesuan.extract.pdfbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.OcrPages;
import org.juesuan.extract.parse.PageRecognizer;
import org.juesuan.extract.tables.grid.PageLayout;
import org.juesuan.extract.tables.grid.PrintedLine;
import org.juesuan.extract.tables.grid.Ruling;
import org.juesuan.model.ExtractionWarning;

/**
 * Opens a PDF once with PDFBox and gives, per page, its text lines with their runs and its ruling
 * lines, both from one pass over each page's content; a page that is only a picture (scanned) gets
 * its lines by OCR instead.
 */
public final class PdfBoxPages {
    /**
     * The document's pages, its metadata title (or null), the pages read by OCR and the notes
     * reading them left.
     */
    public record Read(List<PageLayout> pages, String title, OcrPages ocr, List<ExtractionWarning> warnings) {
        public Read {
            pages = List.copyOf(pages);
            warnings = List.copyOf(warnings);
        }
    }

    private final ScannedPages scanned;

    /** Pages without a text layer are read by {@code recognizer}, rendered at {@code dpi}. */
    public PdfBoxPages(PageRecognizer recognizer, int dpi) {
        this.scanned = new ScannedPages(recognizer, dpi);
    }

    public Read read(byte[] content, int maxCharacters) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(content)) {
            LineStripper stripper = new LineStripper(maxCharacters);
            stripper.getText(document);
            List<Integer> pictures = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (ScannedPages.scanned(document.getPage(i), stripper.lines(i + 1))) {
                    pictures.add(i + 1);
                }
            }
            ScannedPages.Reading ocr = scanned.read(document, pictures);
            List<PageLayout> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                List<PrintedLine> pageLines = ocr.lines().getOrDefault(i + 1, stripper.lines(i + 1));
                List<Ruling> pageRulings = stripper.rulings(i + 1);
                DisplaySpace space = new DisplaySpace(page);
                pages.add(new PageLayout(i + 1, space.displayedWidth(), space.displayedHeight(), pageLines, pageRulings));
            }
            String title = document.getDocumentInformation().getTitle();
            return new Read(pages, title == null || title.isBlank() ? null : title.strip(), ocr.ocr(), ocr.warnings());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED, e.getMessage(), e);
        } catch (LineStripper.TooMuchText e) {
            throw new UnreadableDocumentException(Problem.TOO_LARGE, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with IOExceptions and, deep in broken streams, runtime errors
            throw new UnreadableDocumentException(Problem.CORRUPT, String.valueOf(e.getMessage()), e);
        }
    }
}
