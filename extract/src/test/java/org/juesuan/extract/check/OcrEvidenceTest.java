package org.juesuan.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * Findings resting on figures read by OCR are at most warnings and say so; the others are untouched; a
 * rule of printed form is silent on a page read by OCR.
 */
class OcrEvidenceTest {
    private static final String TEXT = "本年支出合计2940.05万元，其中基本支出2336.91万元，占79.49%。\n";

    private final Figure total = figure("f1", "2940.05万元", 6, null);
    private final Figure basic = figure("f2", "2336.91万元", 22, 0.91);
    private final Figure share = figure("f3", "79.49%", 33, null);
    private final OcrEvidence evidence = new OcrEvidence(disclosure(List.of(total, basic, share)));

    @Test
    void anErrorCitingAnOcrFigureBecomesAWarningThatSaysSo() {
        Issue weighed = evidence.weigh(issue(Severity.ERROR, List.of(basic, share), List.of(), 33, 39));
        assertEquals(Severity.WARNING, weighed.severity());
        assertTrue(weighed.message().endsWith(OcrEvidence.NOTE), weighed.message());
    }

    @Test
    void anErrorWhoseEvidenceHoldsAnOcrFigureOrCellIsCappedToo() {
        assertEquals(Severity.WARNING, evidence.weigh(issue(Severity.ERROR, List.of(), List.of(), 0, TEXT.length())).severity());
        Figure inCell = new Figure("f1", FigureKind.AMOUNT, "12.00", new BigDecimal("12.00"), 2, "万元", 1, null, "b1",
                0, 5, new CellRef("t1", 2, 3), List.of(), 0.8);
        OcrEvidence tables = new OcrEvidence(disclosure(List.of(inCell)));
        assertEquals(Severity.WARNING, tables.weigh(issue(Severity.ERROR, List.of(), List.of(new CellRef("t1", 2, 3)), 40, 41))
                .severity());
    }

    @Test
    void anInfoStaysAnInfoAndFindingsOnTheTextLayerAreUntouched() {
        assertEquals(Severity.INFO, evidence.weigh(issue(Severity.INFO, List.of(basic), List.of(), 22, 31)).severity());
        Issue onText = issue(Severity.ERROR, List.of(total, share), List.of(), 6, 15);
        assertSame(onText, evidence.weigh(onText));
        Issue anywhere = issue(Severity.ERROR, List.of(basic), List.of(), 22, 31);
        assertSame(anywhere, new OcrEvidence(disclosure(List.of(total, share))).weigh(anywhere));
    }

    @Test
    void aRuleOfPrintedFormSaysNothingOfAPageReadByOcrButKeepsItsFindingsOnTheTextLayer() {
        String text = "根据《预算法规定，本局公开如下。\n根据《预算法规定，本局公开如下。\n";
        Block first = new Block("b1", BlockKind.PARAGRAPH, "根据《预算法规定，本局公开如下。", 1, 0, 16, null, null);
        Block second = new Block("b2", BlockKind.PARAGRAPH, "根据《预算法规定，本局公开如下。", 2, 17, 33, null, null);
        Checker typography = new Checker(List.of(new org.juesuan.extract.check.rules.TypographyRule()));
        Checker figures = new Checker(List.of(new PrintedFormlessRule()));
        for (List<Integer> ocrPages : List.of(List.<Integer>of(), List.of(2))) {
            DocumentInfo info = new DocumentInfo("0".repeat(64), "scan.pdf", DocumentFormat.PDF, 2, null, null, 2024,
                    org.juesuan.model.DocumentKind.FINAL_ACCOUNTS, ocrPages);
            Disclosure disclosure = new Disclosure(Disclosure.SCHEMA_VERSION, info, text, List.of(first, second), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
            List<Integer> pages = typography.apply(disclosure).findings().stream().map(f -> f.evidence().page()).toList();
            assertEquals(ocrPages.isEmpty() ? List.of(1, 2) : List.of(1), pages, "typography with OCR pages " + ocrPages);
            assertEquals(2, figures.apply(disclosure).findings().size(), "a rule not of printed form, OCR pages " + ocrPages);
        }
    }

    /** Flags every paragraph, and is not a rule of printed form. */
    private static final class PrintedFormlessRule implements Rule {
        @Override
        public String id() {
            return "every-paragraph";
        }

        @Override
        public String chineseName() {
            return "每段";
        }

        @Override
        public List<Issue> check(CheckInput input) {
            return input.disclosure().blocks().stream()
                    .map(b -> new Issue(Severity.INFO, "段落", null, null, null, b.start(), b.end(), List.of())).toList();
        }
    }

    private static Issue issue(Severity severity, List<Figure> figures, List<CellRef> cells, int start, int end) {
        return new Issue(severity, "占比不符", "79.49%", "79.48%", null, start, end, figures, cells);
    }

    private static Figure figure(String id, String raw, int start, Double confidence) {
        assertEquals(raw, TEXT.substring(start, start + raw.length()));
        boolean percent = raw.endsWith("%");
        String number = raw.replaceAll("[^0-9.]", "");
        return new Figure(id, percent ? FigureKind.PERCENT : FigureKind.AMOUNT, raw, new BigDecimal(number), 2,
                percent ? "%" : "万元", 1, null, "b1", start, start + raw.length(), null, List.of(), confidence);
    }

    private static Disclosure disclosure(List<Figure> figures) {
        DocumentInfo info = new DocumentInfo("0".repeat(64), "scan.pdf", DocumentFormat.PDF, 1, null, null, 2024);
        Block block = new Block("b1", BlockKind.PARAGRAPH, TEXT.strip(), 1, 0, TEXT.length() - 1, null, null);
        return new Disclosure(Disclosure.SCHEMA_VERSION, info, TEXT, List.of(block), List.of(), List.of(), figures,
                List.of(), List.of(), List.of());
    }
}
