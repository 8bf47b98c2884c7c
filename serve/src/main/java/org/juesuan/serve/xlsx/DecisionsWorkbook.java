package org.juesuan.serve.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoredDocument;
import org.juesuan.store.StoredFinding;

/** The POI adapter for the decisions export: one row per decided or commented finding, its latest version. */
public final class DecisionsWorkbook {
    private static final String[] HEADERS = {"单位", "年度", "文件", "文档编号", "规则", "规则编号", "严重程度", "说明", "页码",
        "章节", "原句", "决定", "理由", "决定人", "决定时间", "评论", "指纹"};

    private DecisionsWorkbook() {
    }

    public static byte[] write(List<StoredFinding> findings, ReviewStore store) throws IOException {
        Map<Long, StoredDocument> documents = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("审核决定");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (StoredFinding f : findings) {
                StoredDocument d = documents.computeIfAbsent(f.documentId(), id -> store.document(id).orElseThrow());
                Row row = sheet.createRow(r++);
                Object[] values = {d.organization(), d.fiscalYear(), d.sourceName(), d.id(), f.ruleName(), f.ruleId(),
                    f.severity(), f.message(), f.page(), f.sectionPath(), f.sentence(), f.decision().chinese(), f.reason(),
                    f.decidedBy(), f.decidedAt() == null ? null : f.decidedAt().toString(),
                    f.comments().stream().map(c -> c.author() + "：" + c.body()).collect(Collectors.joining("\n")),
                    f.fingerprint()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (values[i] != null) {
                        row.createCell(i).setCellValue(safe(values[i].toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Text cells are never formulas; a spreadsheet cell holds at most 32,767 characters. */
    private static String safe(String text) {
        return text.length() > 32_000 ? text.substring(0, 32_000) + "…" : text;
    }
}
