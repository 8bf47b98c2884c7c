package org.juesuan.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;
import org.juesuan.extract.pdfbox.ScannedCopies;
import org.juesuan.extract.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-readings of the finance bureau's page 22 scanned at 150 dpi, on the real picture (pdftoppm,
 * img2pdf, rendered by PDFBox at 300 dpi as a scanned page is), without the slow whole-page looks: the
 * words the first two looks left there are given as they gave them (boxes, readings, confidences), and
 * only the line and strip runs of Tesseract are made, a few seconds in all.
 */
class RealScanRereadingTest {
    private static final int DPI = 300;
    /** The doubtful numbers as the first two looks left them, the lost line of 258.50 read again. */
    private static final List<Word> DOUBTFUL = List.of(
            new Word("1360.05", 1335, 358, 1469, 419, 0.59),
            new Word("1511.89", 1907, 358, 2048, 419, 0.83),
            new Word("1355.90", 1119, 821, 1260, 883, 0.42),
            new Word("135.25", 1658, 821, 1794, 883, 0.58),
            new Word("450.52", 1568, 1056, 1705, 1122, 0.19),
            new Word("85.55", 1479, 1347, 1570, 1407, 0.31),
            new Word("84.63", 2004, 1347, 2109, 1407, 0.0));
    private static final Word LOST_LINE_READ_AGAIN = new Word("258.50", 1014, 2888, 1264, 2930, 0.84);
    /** The same line as the page layout garbled it. */
    private static final List<Word> GARBLED = List.of(
            new Word("58.50", 1041, 2861, 1171, 2990, 0.81),
            new Word("为", 1525, 2861, 1566, 2990, 0.29),
            new Word("258.50", 1565, 2861, 1686, 2990, 0.52),
            new Word("效", 1960, 2886, 1984, 2930, 0.0),
            new Word("与", 2009, 2886, 2066, 2930, 0.12),
            new Word("预", 2065, 2861, 2098, 2990, 0.19));

    private static BufferedImage page;
    private static List<Rectangle> inkLines;
    private final TesseractRecognizer recognizer = new TesseractRecognizer(
            OcrSettings.DEFAULT.withPageTimeout(Duration.ofMinutes(5)));

    @TempDir
    Path folder;

    @BeforeAll
    static void scan(@TempDir Path scans) throws Exception {
        Path scanned = ScannedCopies.scanAt(ProjectFiles.shared("real/putuo-finance-bureau-2024.pdf"), 22, 22, 150, scans);
        try (PDDocument document = Loader.loadPDF(scanned.toFile())) {
            page = RulingEraser.erase(new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY), DPI);
        }
        inkLines = LostLines.inkLines(page, DPI);
    }

    @Test
    void theGarbledLineReadAloneGives258point50Twice() throws Exception {
        List<Word> first = new ArrayList<>();
        for (Rectangle line : inkLines) {
            if (line.contains(line.x, 2900)) {
                first.addAll(GARBLED);
            } else { // every other line read, so only the garbled one is read again
                first.add(new Word("字", line.x, line.y, line.x + line.height, line.y + line.height, 0.9));
            }
        }
        RecognizedPage again = recognizer.lostLines(new RecognizedPage(first), page, inkLines, DPI, folder, deadline());
        List<String> numbers = again.words().stream().map(Word::text).filter(t -> t.matches("[\\d.]+")).toList();
        assertEquals(List.of("258.50", "258.50"), numbers);
    }

    /**
     * The strip's reading of a number does not depend on the other rows: 1511.89 and 84.65 came out
     * 1511.99 and 84.63 once the lost line's reading changed which words went to the strip (the margins
     * took in the lines above and below, and the strip's layout merged them into some rows).
     */
    @Test
    void eachDoubtfulNumberReadsTheSameWhateverTheOtherRowsOfTheStrip() throws Exception {
        List<Word> withLostLine = new ArrayList<>(DOUBTFUL);
        withLostLine.add(LOST_LINE_READ_AGAIN);
        List<Word> withGarbledLine = new ArrayList<>(DOUBTFUL);
        withGarbledLine.add(GARBLED.get(0));
        withGarbledLine.add(GARBLED.get(2));
        // 1355.90 is printed 135.90: the strip reads it 135.907 (万 as 7), one whole digit fewer
        List<String> expected = List.of("1560.05", "1511.89", "135.90", "135.25", "450.52", "85.55", "84.65");
        for (List<Word> words : List.of(withLostLine, withGarbledLine)) {
            RecognizedPage read = recognizer.thirdLook(new RecognizedPage(words), page, inkLines, folder, deadline());
            assertEquals(expected, read.words().subList(0, DOUBTFUL.size()).stream().map(Word::text).toList(),
                    "beside " + words.subList(DOUBTFUL.size(), words.size()));
            for (int i = 0; i < DOUBTFUL.size(); i++) {
                assertTrue(read.words().get(i).confidence() <= DOUBTFUL.get(i).confidence(), "a corrected word stays doubtful");
            }
        }
    }

    private static long deadline() {
        return System.nanoTime() + Duration.ofMinutes(5).toNanos();
    }
}
