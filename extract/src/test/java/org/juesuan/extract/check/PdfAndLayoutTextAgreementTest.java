package org.juesuan.extract.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same real disclosure as a PDF and as the text {@code pdftotext -layout} makes of it (written
 * here into a temporary folder) must yield the same findings. A finding is compared by its rule,
 * severity, and the first characters of what it states and expects (a block cut one character
 * differently by the other engine is still the same finding); agreement is the share of the distinct
 * findings of both readings that both make. The table goes to target/pdf-text-agreement.txt.
 */
class PdfAndLayoutTextAgreementTest {
    private static final List<String> PDFS = List.of(
            "putuo-finance-bureau-2024.pdf", "putuo-planning-resources-2024.pdf", "shanghai-template-2024.pdf");
    private static final int KEY_CHARACTERS = 12;
    /**
     * Issue 10 asks for 95 %, met over the three documents together (32 of 33 when written). Alone, the
     * finance bureau's agrees on 2 of 3: poppler puts two of its wrapped lines before the lines they
     * continue (its PDF draws them slightly higher), so the layout text loses the list of class shares.
     * The findings compared are the narrative's: those citing table cells rest on tables rebuilt from the
     * PDF's page geometry, which layout text does not carry.
     */
    private static final double AGREEMENT = 0.95;
    private static final double ONE_DOCUMENT = 0.66;

    private static DisclosureReader reader;
    private static Checker checker;

    @TempDir
    Path temp;

    @BeforeAll
    static void assemble() {
        reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
        checker = Checker.standard();
    }

    @Test
    void pdfAndItsLayoutTextAgree() throws Exception {
        StringBuilder table = new StringBuilder("document  both  pdf-only  text-only  agreement\n");
        List<String> below = new ArrayList<>();
        int agreeing = 0;
        int all = 0;
        for (String name : PDFS) {
            Path pdf = Path.of("..", "..", "shared", "real", name);
            Path text = temp.resolve(name.replace(".pdf", ".txt"));
            layoutText(pdf, text);
            Set<String> fromPdf = keys(checker.apply(reader.read(SourceDocument.read(pdf))));
            Set<String> fromText = keys(checker.apply(reader.read(SourceDocument.read(text))));
            Set<String> both = new HashSet<>(fromPdf);
            both.retainAll(fromText);
            Set<String> union = new HashSet<>(fromPdf);
            union.addAll(fromText);
            double agreement = union.isEmpty() ? 1 : (double) both.size() / union.size();
            Set<String> pdfOnly = new HashSet<>(fromPdf);
            pdfOnly.removeAll(fromText);
            Set<String> textOnly = new HashSet<>(fromText);
            textOnly.removeAll(fromPdf);
            table.append(String.format(Locale.ROOT, "%s  %d  %s  %s  %.3f%n", name, both.size(), pdfOnly, textOnly, agreement));
            if (agreement < ONE_DOCUMENT) {
                below.add(name);
            }
            agreeing += both.size();
            all += union.size();
        }
        double pooled = all == 0 ? 1 : (double) agreeing / all;
        table.append(String.format(Locale.ROOT, "all three  %d of %d  %.3f%n", agreeing, all, pooled));
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "pdf-text-agreement.txt"), table, StandardCharsets.UTF_8);
        assertTrue(pooled >= AGREEMENT, "agreement over the three " + pooled + "\n" + table);
        assertTrue(below.isEmpty(), "below " + ONE_DOCUMENT + " alone: " + below + "\n" + table);
    }

    private static Set<String> keys(Disclosure disclosure) {
        Set<String> keys = new HashSet<>();
        for (Finding finding : disclosure.findings()) {
            if (!finding.cells().isEmpty()) {
                continue; // rests on a table rebuilt from the PDF's geometry, which layout text does not have
            }
            keys.add(finding.ruleId() + "|" + finding.severity() + "|" + head(finding.stated()) + "|" + head(finding.expected()));
        }
        return keys;
    }

    private static String head(String value) {
        String squeezed = value == null ? "" : value.replaceAll("\\s+", "");
        return squeezed.substring(0, Math.min(KEY_CHARACTERS, squeezed.length()));
    }

    private static void layoutText(Path pdf, Path text) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdftotext did not finish on " + pdf);
        }
        if (process.exitValue() != 0 || Files.size(text) == 0) {
            throw new IOException("pdftotext -layout failed on " + pdf + " (exit " + process.exitValue() + ")");
        }
    }
}
