package org.juesuan.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.ocr.OcrSettings;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.pdfbox.ScannedCopies;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Disclosure;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned disclosures: real pages rasterized at 300 dpi by poppler and wrapped as image-only PDFs,
 * read by OCR (Tesseract) and compared with the same pages read from their text layer. Figure recall
 * is the share of the text layer's 万元 amounts and percentages that the scan yields with the same
 * value and unit. Two pages by default (Tesseract is slow); {@code -Djuesuan.ocr.measure=true} scans
 * the whole real PDFs too ({@code -Djuesuan.ocr.documents=a.pdf,b.pdf} to choose them). Every page's recall goes to {@code target/ocr-recall.txt}.
 */
class ScannedDisclosureTest {
    private static final Path REPORT = Path.of("target", "ocr-recall.txt");
    /** 2,940.05 · 0.3 · 99.79 (the point and the digits after it; a rate's % aside). */
    private static final Pattern DECIMAL = Pattern.compile("\\d[\\d,]*\\.\\d+");
    private static DisclosureReader reader;

    @TempDir
    Path folder;

    @BeforeAll
    static void assemble() throws IOException {
        // recall is measured here, not the time limit: a page on a loaded 2-core machine may pass 90 s of wall time
        reader = DisclosureReader.standard(ReadingLimits.DEFAULT, OcrSettings.DEFAULT.withPageTimeout(Duration.ofMinutes(15)));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "万元, %: figures matched by page, value and unit (prec.: share of the scan's"
                + " figures of the kind that are right); decimals: every number with a decimal point in the text,"
                + " tables included; tables: read from the scan / from the text layer; s/page: wall seconds per"
                + " scanned page\n", StandardCharsets.UTF_8);
        Files.writeString(REPORT, String.format(Locale.ROOT, "%-36s %7s %6s %6s %7s %6s %6s %9s %6s %5s %7s %6s%n",
                "document pages", "万元", "recall", "prec.", "%", "recall", "prec.", "decimals", "recall", "conf",
                "tables", "s/page"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void withoutTesseractAScanIsNotedAsScannedNeverAsNotADisclosure() throws Exception {
        Path scan = ScannedCopies.scan(real("putuo-finance-bureau-2024.pdf"), 21, 21, folder);
        DisclosureReader noOcr = DisclosureReader.standard(ReadingLimits.DEFAULT,
                OcrSettings.DEFAULT.withTesseract(folder.resolve("no-such-tesseract").toString()));
        Disclosure read = noOcr.read(SourceDocument.read(scan));
        List<WarningCode> codes = read.warnings().stream().map(ExtractionWarning::code).toList();
        assertTrue(codes.contains(WarningCode.OCR_UNAVAILABLE), codes::toString);
        assertTrue(read.looksLikeDisclosure(), "a scan that could not be read is not judged foreign");
        String note = read.warnings().stream().filter(w -> w.code() == WarningCode.OCR_UNAVAILABLE).findFirst()
                .orElseThrow().message();
        assertTrue(note.startsWith("扫描件，OCR不可用：第1页"), note);
        assertEquals(List.of(), read.figures());
    }

    @Test
    void aScannedNarrativePageYieldsItsAmountsAndRatesMarkedAsOcr() throws Exception {
        Recall recall = measure("putuo-finance-bureau-2024.pdf", 21, 21);
        assertTrue(recall.wan().total() >= 15 && recall.percent().total() >= 10, recall::toString);
        assertTrue(recall.wan().recall() >= 0.95 && recall.percent().recall() >= 0.95, recall::toString);
    }

    @Test
    void aScannedPageWhoseDecimalsTheRecogniserCutYieldsWholeAmountsAndRates() throws Exception {
        // the planning bureau's page 21: Tesseract reads 9746.50 as 9746. 50 and 100.00% as 100. 00%
        Recall recall = measure("putuo-planning-resources-2024.pdf", 21, 21);
        assertTrue(recall.wan().total() >= 12 && recall.percent().total() >= 8, recall::toString);
        assertTrue(recall.wan().recall() >= 0.95 && recall.percent().recall() >= 0.95, recall::toString);
        assertTrue(recall.wan().precision() >= 0.95 && recall.percent().precision() >= 0.95, recall::toString);
    }

    @Test
    void aScannedTablePageYieldsItsNumbersAsText() throws Exception {
        Recall recall = measure("putuo-finance-bureau-2024.pdf", 10, 10);
        assertTrue(recall.numbers().total() >= 20, recall::toString);
        assertTrue(recall.numbers().recall() >= 0.9, recall::toString);
    }

    @Test
    void wholeRealDisclosuresScanned() throws Exception {
        assumeTrue(Boolean.getBoolean("juesuan.ocr.measure"), "set -Djuesuan.ocr.measure=true to scan whole documents");
        String names = System.getProperty("juesuan.ocr.documents",
                "putuo-finance-bureau-2024.pdf,putuo-planning-resources-2024.pdf,shanghai-template-2024.pdf");
        for (String name : names.split(",")) {
            Path original = real(name);
            int pages;
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(original.toFile())) {
                pages = pdf.getNumberOfPages();
            }
            Path sub = Files.createDirectories(folder.resolve(name));
            measureInto(name, original, original, 1, pages, sub);
        }
    }

    /**
     * The pages that print 万元 amounts and rates (finance bureau pp. 21–24, planning bureau pp. 20–27),
     * rasterized at {@code -Djuesuan.ocr.dpi} (300 by default) and wrapped by img2pdf: the README's before
     * / after table. Opt-in ({@code -Djuesuan.ocr.measure.pages=true}): about a minute and a half a page on this machine.
     */
    @Test
    void pagesThatPrintAmountsAndRatesScanned() throws Exception {
        assumeTrue(Boolean.getBoolean("juesuan.ocr.measure.pages"), "set -Djuesuan.ocr.measure.pages=true");
        int dpi = Integer.getInteger("juesuan.ocr.dpi", ScannedCopies.DPI);
        int found = 0;
        int total = 0;
        int read = 0;
        int foundRates = 0;
        int rates = 0;
        int readRates = 0;
        for (String range : List.of("putuo-finance-bureau-2024.pdf:21:24", "putuo-planning-resources-2024.pdf:20:27")) {
            String[] parts = range.split(":");
            int first = Integer.parseInt(parts[1]);
            int last = Integer.parseInt(parts[2]);
            Path sub = Files.createDirectories(folder.resolve(parts[0] + "-" + dpi));
            Path original = ScannedCopies.cut(real(parts[0]), first, last, sub);
            Path scan = ScannedCopies.scanAt(real(parts[0]), first, last, dpi, sub);
            Recall recall = report(parts[0] + " @" + dpi, original, scan, first, last);
            found += recall.wan().found();
            total += recall.wan().total();
            read += recall.wan().read();
            foundRates += recall.percent().found();
            rates += recall.percent().total();
            readRates += recall.percent().read();
        }
        Files.writeString(REPORT, String.format(Locale.ROOT, "both @%d: 万元 %d/%d (read %d), %% %d/%d (read %d)%n",
                dpi, found, total, read, foundRates, rates, readRates), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Scans the pages, reads scan and original, checks the OCR marks and returns the recall. */
    private Recall measure(String name, int first, int last) throws Exception {
        Path original = ScannedCopies.cut(real(name), first, last, folder);
        return measureInto(name, real(name), original, first, last, folder);
    }

    private static Recall measureInto(String name, Path whole, Path original, int first, int last, Path folder)
            throws Exception {
        return report(name, original, ScannedCopies.scan(whole, first, last, folder), first, last);
    }

    /** Reads scan and original, checks the OCR marks, writes and returns the recall. */
    private static Recall report(String name, Path original, Path scan, int first, int last) throws Exception {
        Disclosure text = reader.read(SourceDocument.read(original));
        long start = System.nanoTime();
        Disclosure scanned = Checker.standard().apply(reader.read(SourceDocument.read(scan)));
        double secondsPerPage = (System.nanoTime() - start) / 1e9 / (last - first + 1);
        if (Boolean.getBoolean("juesuan.ocr.dump")) {
            Files.writeString(Path.of("target", "ocr-" + name + "-" + first + ".txt"), scanned.text() + "\n----\n" + text.text(),
                    StandardCharsets.UTF_8);
        }
        assertTrue(text.figures().isEmpty() || !scanned.figures().isEmpty(), "no figure read from the scan of " + name);
        assertTrue(scanned.figures().stream().allMatch(Figure::readByOcr), "every figure of a scan is marked as OCR");
        assertTrue(scanned.warnings().stream().anyMatch(w -> w.code() == WarningCode.PAGE_READ_BY_OCR));
        assertTrue(text.figures().stream().noneMatch(Figure::readByOcr), "the text layer is never read by OCR");
        for (Finding finding : scanned.findings()) {
            assertTrue(finding.severity() != Severity.ERROR, "an error resting on OCR: " + finding.message());
        }
        Recall recall = new Recall(compare(text, scanned, FigureKind.AMOUNT), compare(text, scanned, FigureKind.PERCENT),
                compareNumbers(text.text(), scanned.text()),
                scanned.figures().stream().mapToDouble(Figure::ocrConfidence).average().orElse(0),
                text.tables().size(), scanned.tables().size());
        Files.writeString(REPORT, String.format(Locale.ROOT,
                "%-36s %3d/%3d %6.3f %6.3f %3d/%3d %6.3f %6.3f %4d/%4d %6.3f %5.2f %3d/%3d %6.1f%n   missed: %s%n   false (page:value unit): %s%n",
                name + " " + first + "–" + last, recall.wan().found(), recall.wan().total(), recall.wan().recall(),
                recall.wan().precision(), recall.percent().found(), recall.percent().total(),
                recall.percent().recall(), recall.percent().precision(), recall.numbers().found(),
                recall.numbers().total(), recall.numbers().recall(), recall.confidence(), recall.scannedTables(),
                recall.tables(), secondsPerPage, String.join(", ", recall.wan().missed()) + " | "
                        + String.join(", ", recall.percent().missed()), String.join(", ", recall.wan().wrong()) + " | "
                        + String.join(", ", recall.percent().wrong())),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return recall;
    }

    /**
     * The text layer's figures of a kind (amounts: in 万元) that the scan also has on the same page,
     * value and unit alike; the scan's figures of the kind that match none are its false readings.
     */
    private static Count compare(Disclosure text, Disclosure scanned, FigureKind kind) {
        Map<String, Integer> read = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        int readTotal = 0;
        for (Figure figure : scanned.figures()) {
            if (counted(figure, kind)) {
                read.merge(key(figure), 1, Integer::sum);
                confidence.merge(key(figure), figure.ocrConfidence(), Math::min);
                readTotal++;
            }
        }
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Figure figure : text.figures()) {
            if (!counted(figure, kind)) {
                continue;
            }
            total++;
            if (read.getOrDefault(key(figure), 0) > 0) {
                read.merge(key(figure), -1, Integer::sum);
                found++;
            } else {
                missed.add(figure.raw() + " p." + figure.page());
            }
        }
        List<String> wrong = new ArrayList<>();
        read.forEach((key, left) -> {
            for (int i = 0; i < left; i++) { // with the OCR confidence it carries: is a false figure marked doubtful?
                wrong.add(String.format(Locale.ROOT, "%s (%.2f)", key, confidence.get(key)));
            }
        });
        return new Count(found, total, readTotal, missed, wrong);
    }

    /** Every number printed with a decimal point (2,940.05 · -3.20), the text layer's found in the scan's. */
    private static Count compareNumbers(String text, String scanned) {
        Map<String, Integer> read = new HashMap<>();
        Matcher numbers = DECIMAL.matcher(scanned);
        while (numbers.find()) {
            read.merge(numbers.group().replace(",", ""), 1, Integer::sum);
        }
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        Matcher printed = DECIMAL.matcher(text);
        while (printed.find()) {
            String key = printed.group().replace(",", "");
            total++;
            if (read.getOrDefault(key, 0) > 0) {
                read.merge(key, -1, Integer::sum);
                found++;
            } else {
                missed.add(printed.group());
            }
        }
        return new Count(found, total, found, missed, List.of());
    }

    private static boolean counted(Figure figure, FigureKind kind) {
        return figure.kind() == kind && (kind != FigureKind.AMOUNT || figure.unit().equals("万元"));
    }

    private static String key(Figure figure) {
        return figure.page() + ":" + figure.value().stripTrailingZeros().toPlainString() + figure.unit();
    }

    private static Path real(String name) {
        return ProjectFiles.shared("real/" + name);
    }

    /** {@code read}: what the scan gave of the kind, right or wrong (numbers: the found ones). */
    record Count(int found, int total, int read, List<String> missed, List<String> wrong) {
        double recall() {
            return total == 0 ? 1 : (double) found / total;
        }

        double precision() {
            return read == 0 ? 1 : (double) found / read;
        }
    }

    record Recall(Count wan, Count percent, Count numbers, double confidence, int tables, int scannedTables) {
    }

}
