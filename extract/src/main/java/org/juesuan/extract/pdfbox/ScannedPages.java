package org.juesuan.extract.pdfbox;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.juesuan.extract.parse.OcrPages;
import org.juesuan.extract.parse.PageRecognizer;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.tables.grid.PrintedLine;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.WarningCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages that have no text layer, only a picture (a scanned page), by OCR: each is rendered
 * at the recogniser's resolution and its words become the page's lines. Pages with a text layer are
 * never rendered. When no recogniser can run, the document is noted "scanned, OCR not available".
 */
final class ScannedPages {
    private static final Logger LOG = LoggerFactory.getLogger(ScannedPages.class);
    /** A page printing fewer characters than this (a stamped page number) over a picture is a scan. */
    private static final int TEXT_LAYER_CHARACTERS = 20;
    /** Forms nest pictures; this deep is enough for scanners and PDF printers. */
    private static final int FORM_DEPTH = 3;

    private final PageRecognizer recognizer;
    private final int dpi;

    ScannedPages(PageRecognizer recognizer, int dpi) {
        this.recognizer = recognizer;
        this.dpi = dpi;
    }

    /** What OCR gave: the new lines of each page read, their words, and the notes for the document. */
    record Reading(Map<Integer, List<PrintedLine>> lines, OcrPages ocr, List<ExtractionWarning> warnings) {
        static final Reading NONE = new Reading(Map.of(), OcrPages.NONE, List.of());
    }

    /** Whether a page (its lines as the text layer gave them) is a picture without text. */
    static boolean scanned(PDPage page, List<PrintedLine> lines) {
        int characters = lines.stream().mapToInt(l -> l.text().replaceAll("\\s", "").length()).sum();
        return characters < TEXT_LAYER_CHARACTERS && hasPicture(page.getResources(), 0);
    }

    /** Reads the given 1-based pages of {@code document} by OCR. */
    Reading read(PDDocument document, List<Integer> pages) {
        if (pages.isEmpty()) {
            return Reading.NONE;
        }
        String pageList = pageList(pages);
        if (!recognizer.available()) {
            return new Reading(Map.of(), OcrPages.NONE, List.of(ExtractionWarning.ofDocument(WarningCode.OCR_UNAVAILABLE,
                    "扫描件，OCR不可用：" + pageList + "是扫描图片，没有文字层，本机未安装OCR（Tesseract 及其中文模型 chi_sim），"
                            + "未能识别其中的文字和数字，也未据此核对（scanned, OCR not available）")));
        }
        PDFRenderer renderer = new PDFRenderer(document);
        Map<Integer, List<PrintedLine>> lines = new LinkedHashMap<>();
        Map<Integer, List<OcrPages.Word>> words = new LinkedHashMap<>();
        List<ExtractionWarning> warnings = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        double confidence = 0;
        for (int page : pages) {
            try {
                BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
                long start = System.nanoTime();
                RecognizedPage recognized = recognizer.recognize(image, dpi);
                LOG.debug("page {} read by OCR in {} ms: {} words", page, (System.nanoTime() - start) / 1_000_000,
                        recognized.words().size());
                lines.put(page, OcrLines.of(recognized, dpi));
                words.put(page, recognized.words().stream()
                        .map(w -> new OcrPages.Word(w.text(), w.confidence())).toList());
                read.add(page);
                confidence += recognized.meanConfidence();
            } catch (IOException | PageRecognizer.RecognitionFailedException
                     | PageRecognizer.RecognitionUnavailableException e) {
                warnings.add(new ExtractionWarning(WarningCode.OCR_FAILED, "第" + page + "页是扫描图片，OCR识别失败（"
                        + e.getMessage() + "），该页文字未读出", page, -1, -1));
            }
        }
        if (!read.isEmpty()) {
            warnings.add(0, ExtractionWarning.ofDocument(WarningCode.PAGE_READ_BY_OCR, pageList(read)
                    + "是扫描图片，文字由OCR识别（平均置信度" + String.format("%.2f", confidence / read.size())
                    + "），所据数字可能误识，据此发现的问题至多为警告，请对照原件核对"));
        }
        return new Reading(lines, new OcrPages(words), warnings);
    }

    /** 第3页, 第1–5页, 第1–3、7页. */
    static String pageList(List<Integer> pages) {
        List<String> ranges = new ArrayList<>();
        int first = pages.get(0);
        int last = first;
        for (int page : pages.subList(1, pages.size())) {
            if (page != last + 1) {
                ranges.add(first == last ? Integer.toString(first) : first + "–" + last);
                first = page;
            }
            last = page;
        }
        ranges.add(first == last ? Integer.toString(first) : first + "–" + last);
        return ranges.stream().collect(Collectors.joining("、", "第", "页"));
    }

    private static boolean hasPicture(PDResources resources, int depth) {
        if (resources == null || depth > FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject
                        || object instanceof PDFormXObject form && hasPicture(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                LOG.debug("unreadable XObject {}: {}", name, e.getMessage());
            }
        }
        return false;
    }
}
