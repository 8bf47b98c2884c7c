package org.juesuan.output.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Block;
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
