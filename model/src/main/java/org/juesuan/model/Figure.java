package org.juesuan.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure the document states.
 *
 * @param id        stable within the document: f1, f2, … in text order
 * @param kind      what it measures
 * @param raw       the text exactly as printed, e.g. 1,196,625元 or 19.40％
 * @param value     the exact value in {@code unit} (never a double); 1,196,625元 is 1196625
 * @param decimals  digits printed after the decimal point (56.19 has 2, 26% has 0): the rounding it carries
 * @param unit      the unit as normalised: 元, 万元, 亿元, %, 批次, 人次, 人, 名, 个, 辆, 台（套）, 项, 团组, 家, 次;
 *                  年 for years, empty for codes
 * @param page      page where it is printed
 * @param sectionId innermost section containing it, or null before the first heading
 * @param blockId   the block containing it
 * @param start     offset of the first character of {@code raw} in the document text
 * @param end       offset just past it
 * @param cell      the table cell holding it, or null in running text
 * @param context   the words just before it in its clause (HanLP), nearest last: what it is a figure of
 * @param ocrConfidence null when read from the file's text layer; when read by OCR from a scanned page,
 *                  the recogniser's confidence in it (0–1, the least of the words it was read from)
 */
public record Figure(String id, FigureKind kind, String raw, BigDecimal value, int decimals, String unit,
                     int page, String sectionId, String blockId, int start, int end, CellRef cell,
                     List<String> context, Double ocrConfidence) {
    public Figure {
        Checks.text(id, "id");
        Checks.present(kind, "kind");
        Checks.text(raw, "raw");
        Checks.present(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException(id + ": decimals must not be negative");
        }
        Checks.present(unit, "unit");
        Checks.page(page, id);
        Checks.text(blockId, "blockId");
        Checks.span(start, end, id);
        if (end - start != raw.length()) {
            throw new IllegalArgumentException(id + ": span length differs from raw length");
        }
        context = Checks.copy(context, "context");
        if (ocrConfidence != null && !(ocrConfidence >= 0 && ocrConfidence <= 1)) {
            throw new IllegalArgumentException(id + ": ocrConfidence must lie in 0–1, was " + ocrConfidence);
        }
    }

    /** A figure read from the file's text layer. */
    public Figure(String id, FigureKind kind, String raw, BigDecimal value, int decimals, String unit,
                  int page, String sectionId, String blockId, int start, int end, CellRef cell,
                  List<String> context) {
        this(id, kind, raw, value, decimals, unit, page, sectionId, blockId, start, end, cell, context, null);
    }

    /** True when the figure was read by OCR from a scanned page, not from a text layer. */
    public boolean readByOcr() {
        return ocrConfidence != null;
    }

    /** The amount in 万元, the unit disclosures reason in; only for AMOUNT figures. */
    public BigDecimal valueInWanYuan() {
        if (kind != FigureKind.AMOUNT) {
            throw new IllegalStateException(id + " is not an amount");
        }
        return switch (unit) {
            case "元" -> value.movePointLeft(4);
            case "万元" -> value;
            case "亿元" -> value.movePointRight(4);
            default -> throw new IllegalStateException(id + ": unknown money unit " + unit);
        };
    }
}
