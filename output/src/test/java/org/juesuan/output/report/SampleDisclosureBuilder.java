package org.juesuan.output.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Block;
import org.juesuan.model.CellRef;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Evidence;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Finding;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;
import org.juesuan.model.ValueRange;
import org.juesuan.model.WarningCode;

/** Builds a disclosure by hand, computing the offsets, so report tests never parse a document. */
final class SampleDisclosureBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ExtractionWarning> warnings = new ArrayList<>();
    private String currentSection;
    private int page = 1;

    SampleDisclosureBuilder page(int page) {
        this.page = page;
        return this;
    }

    SampleDisclosureBuilder heading(String sectionId, String label, String title, int level, String parentId) {
        Block block = block(BlockKind.HEADING, label + title, sectionId, null);
        currentSection = sectionId;
        sections.add(new Section(sectionId, label, title, level, SectionKind.UNKNOWN, 0.5, parentId, page, block.start(),
                block.end(), block.id()));
        return this;
    }

    SampleDisclosureBuilder paragraph(String content) {
        block(BlockKind.PARAGRAPH, content, currentSection, null);
        return this;
    }

    /** A two-column table, rows separated by newlines and cells by tabs, as the model linearises it. */
    SampleDisclosureBuilder table(String[][] rows) {
        String tableId = "t" + (tables.size() + 1);
        StringBuilder linear = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            linear.append(r > 0 ? "\n" : "").append(String.join("\t", rows[r]));
        }
        Block block = block(BlockKind.TABLE, linear.toString(), currentSection, tableId);
        List<TableCell> cells = new ArrayList<>();
        int at = block.start();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(new TableCell(r, c, 1, 1, rows[r][c], at, at + rows[r][c].length(), page));
                at += rows[r][c].length() + 1;
            }
        }
        tables.add(Table.laidOut(tableId, page, page, currentSection, block.id(), rows.length, rows[0].length, cells));
        return this;
    }

    /**
     * A table as a table reader gives it: caption, kind, unit, header rows, merged cells and lines.
     *
     * @param grid       every position of the grid; null where a merged cell covers it
     * @param merges     {row, column, rowSpan, columnSpan} of each merged cell
     * @param nameColumn the column holding each body line's name: the cells before it make its code,
     *                   the cells after it its values
     * @param pageBreaks the first grid row of each further page (the table runs on to page + 1, + 2 …)
     * @param notes      the reader's notes; a table with notes is taken as not confident when {@code confident} is false
     */
    SampleDisclosureBuilder readTable(String caption, TableKind kind, String unit, int headerRows, String[][] grid,
                                      int[][] merges, int nameColumn, int[] pageBreaks, boolean confident,
                                      List<String> notes) {
        String tableId = "t" + (tables.size() + 1);
        if (!caption.isEmpty()) {
            block(BlockKind.CAPTION, caption, currentSection, null);
        }
        int firstPage = page;
        StringBuilder linear = new StringBuilder();
        for (int r = 0; r < grid.length; r++) {
            linear.append(r > 0 ? "\n" : "").append(String.join("\t",
                    java.util.Arrays.stream(grid[r]).map(t -> t == null ? "" : t).toList()));
        }
        Block block = block(BlockKind.TABLE, linear.toString(), currentSection, tableId);
        List<TableCell> cells = new ArrayList<>();
        List<TableLine> lines = new ArrayList<>();
        int at = block.start();
        for (int r = 0; r < grid.length; r++) {
            final int row = r;
            int cellPage = firstPage + (int) java.util.Arrays.stream(pageBreaks).filter(b -> b <= row).count();
            List<TableValue> values = new ArrayList<>();
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < grid[r].length; c++) {
                String text = grid[r][c];
                if (text != null) {
                    int[] span = spanAt(merges, r, c);
                    cells.add(new TableCell(r, c, span == null ? 1 : span[2], span == null ? 1 : span[3], text, at,
                            at + text.length(), cellPage));
                    if (r >= headerRows && c < nameColumn && text.matches("\\d+")) {
                        code.append(text);
                    } else if (r >= headerRows && c > nameColumn) {
                        values.add(value(c, text));
                    }
                }
                at += (text == null ? 0 : text.length()) + 1;
            }
            if (r >= headerRows && grid[r][nameColumn] != null) {
                lines.add(new TableLine(r, 0, code.toString(), grid[r][nameColumn], values));
            }
        }
        page = firstPage + pageBreaks.length;
        tables.add(new Table(tableId, firstPage, page, currentSection, block.id(), caption, kind, unit, headerRows,
                List.of(), grid.length, grid[0].length, cells, lines, confident, notes));
        return this;
    }

    /** A finding that cites table cells, its evidence the caption of the last table. */
    String tableFinding(String ruleId, String ruleName, Severity severity, String message, String stated,
                        String expected, List<CellRef> cells) {
        Block block = blocks.stream().filter(b -> b.kind() == BlockKind.CAPTION).reduce((a, b) -> b).orElseThrow();
        String id = "k" + (findings.size() + 1);
        Evidence evidence = new Evidence(block.text(), block.page(), currentSection, sectionPath(), block.start(),
                block.end());
        findings.add(new Finding(id, ruleId, ruleName, severity, message, stated, expected, null, evidence, List.of(),
                ruleId + ":" + id, cells));
        return id;
    }

    private static int[] spanAt(int[][] merges, int row, int column) {
        for (int[] merge : merges) {
            if (merge[0] == row && merge[1] == column) {
                return merge;
            }
        }
        return null;
    }

    /** NUMBER for 1,234.56 · 0.00 · 97.5%; BLANK, DASH, SLASH; TEXT otherwise. */
    private static TableValue value(int column, String text) {
        String t = text.strip();
        if (t.matches("-?[\\d,]+(\\.\\d+)?%?")) {
            String plain = t.replace(",", "").replace("%", "");
            BigDecimal exact = new BigDecimal(plain);
            return new TableValue(column, "", CellValueKind.NUMBER, exact, Math.max(0, exact.scale()), text);
        }
        CellValueKind kind = t.isEmpty() ? CellValueKind.BLANK : t.matches("[-—–－]") ? CellValueKind.DASH
                : t.matches("[/／]") ? CellValueKind.SLASH : CellValueKind.TEXT;
        return new TableValue(column, "", kind, null, 0, text);
    }

    /** Claims the first occurrence of {@code raw} in the last block as a figure; returns its id. */
    String figure(String raw, FigureKind kind, String value, String unit) {
        Block block = blocks.get(blocks.size() - 1);
        int at = block.text().indexOf(raw);
        if (at < 0) {
            throw new IllegalArgumentException(raw + " is not in " + block.id());
        }
        String id = "f" + (figures.size() + 1);
        BigDecimal exact = new BigDecimal(value);
        figures.add(new Figure(id, kind, raw, exact, Math.max(0, exact.scale()), unit, page, currentSection, block.id(),
                block.start() + at, block.start() + at + raw.length(), null, List.of()));
        return id;
    }

    /** A finding whose evidence is the sentence of the last block that contains {@code sentence}. */
    String finding(String ruleId, String ruleName, Severity severity, String message, String stated, String expected,
                   ValueRange range, String sentence, List<String> figureIds) {
        Block block = blocks.get(blocks.size() - 1);
        int at = block.text().indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException("sentence not in " + block.id() + ": " + sentence);
        }
        String id = "k" + (findings.size() + 1);
        Evidence evidence = new Evidence(sentence, page, currentSection, sectionPath(), block.start() + at,
                block.start() + at + sentence.length());
        findings.add(new Finding(id, ruleId, ruleName, severity, message, stated, expected, range, evidence, figureIds,
                ruleId + ":" + id));
        return id;
    }

    SampleDisclosureBuilder warning(WarningCode code, String message) {
        warnings.add(ExtractionWarning.ofDocument(code, message));
        return this;
    }

    Disclosure build(String sourceName, String organization, Integer year) {
        DocumentInfo info = new DocumentInfo(Integer.toHexString(sourceName.hashCode()).repeat(8).substring(0, 8)
                .repeat(8), sourceName, DocumentFormat.PDF, page, organization + (year == null ? "" : year + "年度") + "部门决算",
                organization, year);
        return new Disclosure(Disclosure.SCHEMA_VERSION, info, text.toString(), blocks, sections, tables, figures, List.of(),
                findings, warnings);
    }

    private Block block(BlockKind kind, String content, String sectionId, String tableId) {
        int start = text.length();
        text.append(content).append('\n');
        Block block = new Block("b" + (blocks.size() + 1), kind, content, page, start, start + content.length(), sectionId,
                tableId);
        blocks.add(block);
        return block;
    }

    private String sectionPath() {
        List<String> path = new ArrayList<>();
        String id = currentSection;
        while (id != null) {
            String wanted = id;
            Section section = sections.stream().filter(s -> s.id().equals(wanted)).findFirst().orElseThrow();
            path.add(0, section.label() + section.title());
            id = section.parentId();
        }
        return String.join(" / ", path);
    }
}
