package org.juesuan.ingest.cli;

import java.util.EnumMap;
import java.util.Map;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Severity;

/** The one-line account of a read document: format, pages, sections, figures by kind, warnings. */
final class Summary {
    private static final Map<FigureKind, String> NAMES = Map.of(FigureKind.AMOUNT, "金额", FigureKind.PERCENT, "百分比",
            FigureKind.COUNT, "计数", FigureKind.CODE, "科目编码", FigureKind.YEAR, "年份");

    private Summary() {
    }

    static String of(Disclosure disclosure) {
        Map<FigureKind, Integer> counts = new EnumMap<>(FigureKind.class);
        for (FigureKind kind : FigureKind.values()) {
            counts.put(kind, 0);
        }
        for (Figure figure : disclosure.figures()) {
            counts.merge(figure.kind(), 1, Integer::sum);
        }
        StringBuilder byKind = new StringBuilder();
        counts.forEach((kind, count) -> byKind.append(byKind.isEmpty() ? "" : "，").append(NAMES.get(kind)).append(count));
        var document = disclosure.document();
        long errors = disclosure.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = disclosure.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = disclosure.findings().size() - errors - warnings;
        return String.format("%s，%d页，%s%s年度，章节%d个，表格%d个，数字%d个（%s），问题：错误%d、警告%d、提示%d，读取提示%d条",
                document.format(), document.pages(),
                document.organization() == null ? "" : document.organization() + "，",
                document.fiscalYear() == null ? "?" : document.fiscalYear().toString(),
                disclosure.sections().size(), disclosure.tables().size(), disclosure.figures().size(), byKind,
                errors, warnings, infos, disclosure.warnings().size()) + scanned(disclosure);
    }

    /** A scanned document says so on its line: read by OCR, or not readable without it. */
    private static String scanned(Disclosure disclosure) {
        var codes = disclosure.warnings().stream().map(org.juesuan.model.ExtractionWarning::code).toList();
        if (codes.contains(org.juesuan.model.WarningCode.OCR_UNAVAILABLE)) {
            return "；扫描件，OCR不可用（scanned, OCR not available）";
        }
        return codes.contains(org.juesuan.model.WarningCode.PAGE_READ_BY_OCR) ? "；含扫描页，文字由OCR识别" : "";
    }
}
