package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real grids another tool extracted from the 2025 ecology-bureau PDF ({@code page_tables}): each
 * page's table, with the page's lines above it, read as a reviewer reads it. A table that runs on
 * over the next page with the same columns is joined into one grid, as the PDF reader joins it; a
 * continuation whose columns differ (the extraction merged the 类/款/项 columns there) stays apart
 * and must be read as untrusted, not guessed.
 */
class EcologyPageTablesTest {
    private static final Map<Integer, Table> BY_PAGE = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        JsonNode pages = new ObjectMapper().readTree(ProjectFiles.shared("real/putuo-ecology-2025.pages.json").toFile());
        TableReader reader = new TableReader();
        List<List<String>> open = null;
        int openPage = 0;
        List<String> openBefore = null;
        for (int p = 0; p < pages.get("page_tables").size(); p++) {
            for (JsonNode node : pages.get("page_tables").get(p)) {
                List<List<String>> rows = rows(node);
                boolean continues = open != null && openPage == p && rows.get(0).size() == open.get(0).size()
                        && startsWithAmounts(rows);
                if (continues) {
                    open.addAll(rows);
                    continue;
                }
                if (open != null) {
                    BY_PAGE.put(openPage, reader.read(Grids.table(open), openBefore));
                }
                open = rows;
                openPage = p + 1;
                openBefore = before(pages.get("page_texts").get(p).asText(), rows);
            }
        }
        BY_PAGE.put(openPage, reader.read(Grids.table(open), openBefore));
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(6, TableKind.OTHER, "", 1, true),
                Arguments.of(7, TableKind.INCOME_EXPENDITURE_SUMMARY, "万元", 2, true),
                Arguments.of(8, TableKind.INCOME, "万元", 3, true),
                Arguments.of(9, TableKind.OTHER, "", 0, false),
                Arguments.of(10, TableKind.EXPENDITURE, "万元", 3, true),
                Arguments.of(11, TableKind.OTHER, "", 0, false),
                Arguments.of(12, TableKind.FISCAL_SUMMARY, "万元", 2, true),
                Arguments.of(14, TableKind.GENERAL_BUDGET_EXPENDITURE, "万元", 3, true),
                Arguments.of(15, TableKind.GENERAL_BUDGET_BASIC, "万元", 2, true),
                Arguments.of(17, TableKind.THREE_PUBLIC, "万元", 4, true),
                Arguments.of(18, TableKind.GOVERNMENT_FUND, "万元", 3, true),
                Arguments.of(19, TableKind.STATE_CAPITAL, "万元", 3, true));
    }

    @ParameterizedTest(name = "page {0}: {1}")
    @MethodSource("tables")
    void eachTableIsReadAsAReviewerReadsIt(int page, TableKind kind, String unit, int headerRows, boolean confident) {
        Table table = BY_PAGE.get(page);
        assertEquals(kind, table.kind(), table.caption());
        assertEquals(unit, table.unit());
        assertEquals(headerRows, table.headerRows());
        assertEquals(confident, table.confident(), table.notes().toString());
        assertEquals(confident, table.notes().stream().noneMatch(n -> n.contains("未找到表头")), table.notes().toString());
    }

    @Test
    void allNineAreFound() {
        assertEquals(9, BY_PAGE.values().stream().map(Table::kind).filter(TableKind::isNine).distinct().count());
    }

    @Test
    void theSummaryGivesTwoLinesPerRowAndItsTotals() {
        Table summary = BY_PAGE.get(7);
        assertEquals(List.of("收入", "决算数"), summary.columnHeaders().get(1));
        assertEquals(List.of("支出", "决算数"), summary.columnHeaders().get(3));
        assertLine(summary, 26, 0, "", "本年收入合计", "4733.14");
        assertLine(summary, 26, 1, "", "本年支出合计", "4733.14");
        assertLine(summary, 29, 1, "", "总计", "4733.14");
        assertLine(summary, 20, 1, "", "十九、住房保障支出", "409.89");
        assertTrue(summary.lines().stream().noneMatch(l -> l.row() == 20 && l.panel() == 0), "blank left side gives no line");
    }

    @Test
    void codesComeFromTheCodeColumnsAndTheTotalLineHasNone() {
        Table income = BY_PAGE.get(8);
        assertLine(income, 3, 0, "", "合计", "4733.14", "4733.14", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertLine(income, 6, 0, "2080501", "行政单位离退休", "51.98", "51.98", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertEquals("财政拨款收入 / 决算数", income.lines().get(0).values().get(1).header());
        Table general = BY_PAGE.get(14);
        assertEquals(List.of("一般公共预算财政拨款支出决算数", "基本支出"), general.columnHeaders().get(5));
        assertLine(general, 34, 0, "", "合计", "4733.14", "3365.38", "1367.75");
    }

    @Test
    void theBasicTableJoinsClassAndItemCodesInBothPanelsAndRunsOverThePage() {
        Table basic = BY_PAGE.get(15);
        assertLine(basic, 3, 1, "30201", "办公费", "92.11");
        assertLine(basic, 16, 0, "303", "对个人和家庭的补助", "91.97");
        TableLine last = basic.lines().get(basic.lines().size() - 1);
        assertEquals("公用经费合计", last.name());
        assertTrue(basic.lines().stream().anyMatch(l -> l.name().equals("人员经费合计")
                && l.values().get(0).value().compareTo(new BigDecimal("2949.02")) == 0));
    }

    @Test
    void theThreePublicTableHasOneLineOfTwelveValuesUnderThreeLevelHeaders() {
        Table three = BY_PAGE.get(17);
        assertEquals(1, three.lines().size());
        assertEquals(12, three.lines().get(0).values().size());
        assertEquals("财政拨款“三公”经费 / 公务用车购置及运行维护费 / 公务用车运行维护费 / 决算数",
                three.lines().get(0).values().get(9).header());
        assertEquals("财政拨款“三公”经费 / 公务接待费 / 预算数", three.lines().get(0).values().get(10).header());
    }

    @Test
    void anEmptyTableIsTrustedAndSaysSo() {
        assertTrue(BY_PAGE.get(18).notes().contains("表内无数据（空表）"), BY_PAGE.get(18).notes().toString());
    }

    private static void assertLine(Table table, int row, int panel, String code, String name, String... values) {
        TableLine line = table.lines().stream().filter(l -> l.row() == row && l.panel() == panel).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + row + "/" + panel + " in " + table.caption()));
        assertEquals(code, line.code());
        assertEquals(name, line.name());
        assertEquals(List.of(values), line.values().stream().map(v -> v.value() == null ? v.kind().name() : v.value().toPlainString()).toList());
        assertFalse(line.values().isEmpty());
    }

    private static List<List<String>> rows(JsonNode grid) {
        List<List<String>> rows = new ArrayList<>();
        grid.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.isNull() ? "" : c.asText()));
            rows.add(cells);
        });
        return rows;
    }

    private static boolean startsWithAmounts(List<List<String>> rows) {
        return rows.get(0).stream().anyMatch(c -> c.matches("[\\d,]+\\.\\d{2}"));
    }

    /** The page's lines above the table: down to its unit line, or to its first printed cell. */
    static List<String> before(String pageText, List<List<String>> rows) {
        List<String> lines = List.of(pageText.split("\n"));
        for (int i = 0; i < Math.min(5, lines.size()); i++) {
            if (lines.get(i).contains("单位：")) {
                return lines.subList(0, i + 1);
            }
        }
        String first = rows.get(0).stream().filter(s -> !s.isBlank()).findFirst().orElse("").lines().findFirst().orElse("");
        int end = 0;
        while (end < lines.size() && end < 4 && !lines.get(end).strip().startsWith(first.strip())) {
            end++;
        }
        return end == 4 ? List.of() : lines.subList(0, end);
    }
}
