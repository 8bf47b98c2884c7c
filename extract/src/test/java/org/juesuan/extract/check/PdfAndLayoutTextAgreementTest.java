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
import org.juesuan.extract.poi.WordRecreation;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same real disclosure as a PDF, as the text {@code pdftotext -layout} makes of it, and as a Word
 * document must yield the same findings. The publishers give no Word file, so the .docx is a
 * re-creation ({@link WordRecreation}: the PDF's headings in heading styles, its paragraphs, its
 * tables as Word tables with merged cells), written to target/word-recreations/ and read back through
 * the Word path like any other .docx. A finding is compared by its rule, severity, and the first
 * characters of what it states and expects (a block cut one character differently by the other engine
 * is still the same finding). Narrative findings are compared over the three formats: agreement is
 * the share of the distinct findings of the three readings that all three make. Findings citing table
 * cells are compared between the PDF and the Word document only (layout text carries no table
 * geometry). The Word tables must also be read as the PDF's are: the same kinds, trusted the same
 * way, giving as many lines. The table goes to target/pdf-text-agreement.txt.
 */
class PdfAndLayoutTextAgreementTest {
    private static final List<String> PDFS = List.of(
            "putuo-finance-bureau-2024.pdf", "putuo-planning-resources-2024.pdf", "shanghai-template-2024.pdf");
    private static final int KEY_CHARACTERS = 12;
    /**
     * Issue 10 asks for 95 %, met over the three documents together. Alone, the finance bureau's agrees
     * on 2 of 3 narrative findings: poppler puts two of its wrapped lines before the lines they continue
     * (its PDF draws them slightly higher), so the layout text loses the list of class shares.
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
    void pdfLayoutTextAndWordAgree() throws Exception {
        StringBuilder table = new StringBuilder(
                "document  findings  narrative: all-three of union (pdf / txt / docx)  tables: both of union  agreement\n");
        List<String> below = new ArrayList<>();
        List<String> differentTables = new ArrayList<>();
        int agreeing = 0;
        int all = 0;
        Path recreations = Files.createDirectories(Path.of("target", "word-recreations"));
        for (String name : PDFS) {
            Path pdf = Path.of("..", "..", "shared", "real", name);
            Path text = temp.resolve(name.replace(".pdf", ".txt"));
            layoutText(pdf, text);
            Disclosure fromPdf = checker.apply(reader.read(SourceDocument.read(pdf)));
            Path docx = recreations.resolve(name.replace(".pdf", ".docx"));
            Files.write(docx, WordRecreation.of(fromPdf));
            Disclosure fromText = checker.apply(reader.read(SourceDocument.read(text)));
            Disclosure fromWord = checker.apply(reader.read(SourceDocument.read(docx)));
            Comparison narrative = Comparison.of(keys(fromPdf, false), keys(fromText, false), keys(fromWord, false));
            Comparison tables = Comparison.of(keys(fromPdf, true), keys(fromWord, true));
            int both = narrative.agreeing() + tables.agreeing();
            int union = narrative.union() + tables.union();
            double agreement = union == 0 ? 1 : (double) both / union;
            table.append(String.format(Locale.ROOT, "%s  %d of %d  narrative %d of %d %s  tables %d of %d %s  %.3f%n",
                    name, both, union, narrative.agreeing(), narrative.union(), narrative.differences(),
                    tables.agreeing(), tables.union(), tables.differences(), agreement));
            List<String> pdfTables = tableReadings(fromPdf);
            List<String> wordTables = tableReadings(fromWord);
            table.append("  tables read (kind, trusted, lines): pdf ").append(pdfTables).append('\n');
            if (!pdfTables.equals(wordTables)) {
                table.append("  docx differs: ").append(wordTables).append('\n');
                differentTables.add(name);
            }
            if (agreement < ONE_DOCUMENT) {
                below.add(name);
            }
            agreeing += both;
            all += union;
        }
        double pooled = all == 0 ? 1 : (double) agreeing / all;
        table.append(String.format(Locale.ROOT, "all three documents  %d of %d  %.3f%n", agreeing, all, pooled));
        System.out.println(table);
        Files.writeString(Path.of("target", "pdf-text-agreement.txt"), table, StandardCharsets.UTF_8);
        assertTrue(pooled >= AGREEMENT, "agreement over the three " + pooled + "\n" + table);
        assertTrue(below.isEmpty(), "below " + ONE_DOCUMENT + " alone: " + below + "\n" + table);
        assertTrue(differentTables.isEmpty(), "the Word tables are read otherwise than the PDF's in " + differentTables + "\n" + table);
    }

    /** The distinct findings of each reading; those all make, and those only some make (by reading). */
    private record Comparison(int agreeing, int union, String differences) {
        @SafeVarargs
        static Comparison of(Set<String>... readings) {
            Set<String> union = new HashSet<>();
            for (Set<String> reading : readings) {
                union.addAll(reading);
            }
            Set<String> common = new HashSet<>(union);
            for (Set<String> reading : readings) {
                common.retainAll(reading);
            }
            List<String> missing = new ArrayList<>();
            for (Set<String> reading : readings) {
                Set<String> lacks = new HashSet<>(union);
                lacks.removeAll(reading);
                missing.add(lacks.toString());
            }
            return new Comparison(common.size(), union.size(), "missing " + String.join(" / ", missing));
        }
    }

    /** Each table as the reader understood it: its kind, whether it is trusted, how many lines it gave. */
    private static List<String> tableReadings(Disclosure disclosure) {
        return disclosure.tables().stream().map(t -> t.kind() + "/" + (t.confident() ? "trusted" : "untrusted") + "/" + t.lines().size())
                .toList();
    }

    private static Set<String> keys(Disclosure disclosure, boolean citingCells) {
        Set<String> keys = new HashSet<>();
        for (Finding finding : disclosure.findings()) {
            if (finding.cells().isEmpty() == citingCells) {
                continue;
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
