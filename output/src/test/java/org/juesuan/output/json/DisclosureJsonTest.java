package org.juesuan.output.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.CellBox;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON is the public contract: its field names are pinned here and documented in the README. */
class DisclosureJsonTest {
    private static final String TEXT = "一、收入决算情况说明\n收入合计261.74万元，占100%。\n金额\t10.00";

    static Disclosure sample() {
        DocumentInfo info = new DocumentInfo("a".repeat(64), "seed.docx", DocumentFormat.DOCX, 3, "某局2021年度部门决算",
                "某局", 2021);
        List<Block> blocks = List.of(new Block("b1", BlockKind.HEADING, "一、收入决算情况说明", 1, 0, 10, "s1", null),
                new Block("b2", BlockKind.PARAGRAPH, "收入合计261.74万元，占100%。", 1, 11, 30, "s1", null),
                new Block("b3", BlockKind.TABLE, "金额\t10.00", 2, 31, 39, "s1", "t1"));
        List<Section> sections = List.of(new Section("s1", "一、", "收入决算情况说明", 1, SectionKind.INCOME, 0.93, null, 1, 0,
                39, "b1"));
        List<Table> tables = List.of(Table.laidOut("t1", 2, 2, "s1", "b3", 1, 2,
                List.of(new TableCell(0, 0, 1, 1, "金额", 31, 33, 2), new TableCell(0, 1, 1, 1, "10.00", 34, 39, 2))));
        List<Figure> figures = List.of(
                new Figure("f1", FigureKind.AMOUNT, "261.74万元", new BigDecimal("261.74"), 2, "万元", 1, "s1", "b2", 15, 23,
                        null, List.of("收入", "合计")),
                new Figure("f2", FigureKind.PERCENT, "100%", new BigDecimal("100"), 0, "%", 1, "s1", "b2", 25, 29,
                        new CellRef("t1", 0, 1), List.of("占")));
        List<ExtractionWarning> warnings = List.of(new ExtractionWarning(WarningCode.PAGE_WITHOUT_TEXT, "第2页没有可提取的文字", 2, -1, -1));
        return new Disclosure(Disclosure.SCHEMA_VERSION, info, TEXT, blocks, sections, tables, figures, List.of(), List.of(),
                warnings);
    }

    @Test
    void roundTripsExactly(@TempDir Path folder) throws Exception {
        DisclosureJson json = new DisclosureJson();
        Path file = folder.resolve("seed.docx.json");
        json.write(sample(), file);
        assertEquals(sample(), json.read(file));
        assertTrue(Files.list(folder).allMatch(p -> p.equals(file)), "no temporary file is left behind");
    }

    @Test
    void ocrPagesRoundTripAndAModelWrittenBeforeThemReadsAsNone(@TempDir Path folder) throws Exception {
        Disclosure sample = sample();
        DocumentInfo was = sample.document();
        DocumentInfo scanned = new DocumentInfo(was.id(), was.sourceName(), was.format(), was.pages(), was.title(),
                was.organization(), was.fiscalYear(), was.kind(), List.of(3, 1));
        Disclosure withOcr = new Disclosure(sample.schemaVersion(), scanned, sample.text(), sample.blocks(), sample.sections(),
                sample.tables(), sample.figures(), sample.statements(), sample.findings(), sample.warnings());
        DisclosureJson json = new DisclosureJson();
        Path file = folder.resolve("scan.json");
        json.write(withOcr, file);
        assertTrue(Files.readString(file).contains("\"ocrPages\" : [ 1, 3 ]"), Files.readString(file));
        assertEquals(List.of(1, 3), json.read(file).document().ocrPages());

        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(json.toJson(sample));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("document")).remove("ocrPages");
        Path old = folder.resolve("old.json");
        Files.writeString(old, mapper.writeValueAsString(tree));
        assertEquals(List.of(), json.read(old).document().ocrPages());
    }

    @Test
    void boxCoordinatesReadBackAsTheSameDoubles() throws Exception {
        // PDF points are floats widened to doubles (131.29774475097656): written in the shortest digits
        // that read back as the same double
        java.util.Random random = new java.util.Random(20241231);
        Disclosure sample = sample();
        List<TableCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            double left = random.nextFloat() * 842f;
            double top = random.nextFloat() * 595f;
            cells.add(new TableCell(i, 0, 1, 1, "金额", 31, 33, 2,
                    new CellBox(left, top, left + random.nextFloat() * 100f, top + random.nextFloat() * 30f)));
        }
        Table table = Table.laidOut("t1", 2, 2, "s1", "b3", cells.size(), 1, cells);
        Disclosure boxed = new Disclosure(sample.schemaVersion(), sample.document(), sample.text(), sample.blocks(),
                sample.sections(), List.of(table), List.of(), List.of(), List.of(), List.of());
        JsonNode read = new ObjectMapper().readTree(new DisclosureJson().toJson(boxed)).at("/tables/0/cells");
        for (int i = 0; i < cells.size(); i++) {
            JsonNode box = read.get(i).get("box");
            assertEquals(cells.get(i).box(), new CellBox(box.get("left").doubleValue(), box.get("top").doubleValue(),
                    box.get("right").doubleValue(), box.get("bottom").doubleValue()), box.toString());
        }
    }

    @Test
    void writesMoneyAsPlainDecimalsWithTheirPrintedScale() throws Exception {
        String text = new DisclosureJson().toJson(sample());
        assertTrue(text.contains("\"value\" : 261.74"), text);
        JsonNode tree = new ObjectMapper().readTree(text);
        assertEquals("261.74", tree.at("/figures/0/value").decimalValue().toPlainString());
    }

    @Test
    void aModelWrittenBeforeDocumentKindsReadsAsFinalAccounts(@TempDir Path folder) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(new DisclosureJson().toJson(sample()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("document")).remove("kind");
        Path file = folder.resolve("old.json");
        Files.writeString(file, mapper.writeValueAsString(tree));
        assertEquals(org.juesuan.model.DocumentKind.FINAL_ACCOUNTS, new DisclosureJson().read(file).document().kind());
    }

    @Test
    void fieldNamesAreTheDocumentedContract() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(new DisclosureJson().toJson(sample()));
        assertEquals(List.of("schemaVersion", "document", "text", "blocks", "sections", "tables", "figures", "statements",
                "findings", "warnings"), names(tree));
        assertEquals(List.of("id", "sourceName", "format", "pages", "title", "organization", "fiscalYear", "kind", "ocrPages"),
                names(tree.get("document")));
        assertEquals(List.of("id", "kind", "text", "page", "start", "end", "sectionId", "tableId"), names(tree.at("/blocks/0")));
        assertEquals(List.of("id", "label", "title", "level", "kind", "kindConfidence", "parentId", "page", "start", "end",
                "headingBlockId"), names(tree.at("/sections/0")));
        assertEquals(List.of("id", "page", "lastPage", "sectionId", "blockId", "caption", "kind", "unit", "headerRows",
                "columnHeaders", "rows", "columns", "cells", "lines", "confident", "notes"), names(tree.at("/tables/0")));
        assertEquals(List.of("row", "column", "rowSpan", "columnSpan", "text", "start", "end", "page", "box"),
                names(tree.at("/tables/0/cells/0")));
        assertEquals(List.of("id", "kind", "raw", "value", "decimals", "unit", "page", "sectionId", "blockId", "start", "end",
                "cell", "context", "ocrConfidence"), names(tree.at("/figures/0")));
        assertEquals(List.of("tableId", "row", "column"), names(tree.at("/figures/1/cell")));
        assertEquals(List.of("code", "message", "page", "start", "end"), names(tree.at("/warnings/0")));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
