package org.juesuan.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;
import org.junit.jupiter.api.Test;

/** Fingerprints: the same defect keeps its fingerprint across versions; another defect, organization or year does not. */
class FingerprintsTest {
    private static final String TEXT = "一、收入决算情况\n收入合计100.00万元，其中：财政拨款收入90.00万元。";

    @Test
    void offsetsIdsPagesAndWordingDoNotCountFiguresOrganizationYearAndSectionKindDo() {
        String first = fingerprint("上海市普陀区财政局", 2024, SectionKind.OVERVIEW, figure("f1", 10, "100.00"));
        // a corrected version: the same figure elsewhere in the text, on another page, under another id, name spaced
        assertEquals(first, fingerprint("上海市普陀区 财政局", 2024, SectionKind.OVERVIEW, figure("f7", 30, "100.0")));
        assertNotEquals(first, fingerprint("上海市普陀区财政局", 2023, SectionKind.OVERVIEW, figure("f1", 10, "100.00")));
        assertNotEquals(first, fingerprint("普陀区民政局", 2024, SectionKind.OVERVIEW, figure("f1", 10, "100.00")));
        assertNotEquals(first, fingerprint("上海市普陀区财政局", 2024, SectionKind.DUTIES, figure("f1", 10, "100.00")));
        assertNotEquals(first, fingerprint("上海市普陀区财政局", 2024, SectionKind.OVERVIEW, figure("f1", 10, "101.00")));
    }

    @Test
    void theSameDefectTwiceInOneDocumentGetsTwoFingerprints() {
        Fingerprints fingerprints = new Fingerprints(disclosure("某局", 2024, SectionKind.OVERVIEW));
        Figure figure = figure("f1", 10, "100.00");
        String once = fingerprints.next("conflicting-value", "s1", List.of(figure), List.of(), "100.00万元");
        String twice = fingerprints.next("conflicting-value", "s1", List.of(figure), List.of(), "100.00万元");
        assertNotEquals(once, twice);
    }

    private static String fingerprint(String organization, int year, SectionKind kind, Figure figure) {
        return new Fingerprints(disclosure(organization, year, kind))
                .next("components-sum", "s1", List.of(figure), List.of(), "100.00万元");
    }

    private static Disclosure disclosure(String organization, int year, SectionKind kind) {
        Section section = new Section("s1", "一、", "收入决算情况", 1, kind, 0.9, null, 1, 0, TEXT.length(), "b0");
        return new Disclosure(Disclosure.SCHEMA_VERSION, new DocumentInfo("0".repeat(64), "a.pdf", DocumentFormat.PDF, 3,
                null, organization, year), TEXT, List.of(), List.of(section), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Figure figure(String id, int start, String value) {
        return new Figure(id, FigureKind.AMOUNT, value + "万元", new BigDecimal(value), 2, "万元", start / 10 + 1, "s1", "b1",
                start, start + value.length() + 2, null, List.of());
    }
}
