package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.check.RuleRegistry;
import org.juesuan.extract.statements.Claims;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table rules over the real grids of the 2025 ecology-bureau disclosure ({@code page_tables},
 * read by the table reader): a reviewer's annotation of that document names three 0.01 rounding
 * differences in its tables (支出决算表 合计 项目支出 1367.76 against its classes' 1367.75; 310 资本性支出
 * 14.44 against 13.94 + 0.49; 公用经费合计 416.36 against 302 + 310) and nothing else wrong in them.
 * Each must be found, the two tails over rounded parts as INFO and the 项目支出 the two expenditure
 * tables print two ways as a WARNING (issue 9), and nothing else above INFO (the tails they cause
 * elsewhere, 合计 4733.14 against 基本 3365.38 + 项目 1367.75, are INFO). The 支出决算表 read here stops at
 * the foot of its page (its continuation's columns differ and are not trusted): its last branch
 * and its grand total must not be summed.
 */
class EcologyTableChecksTest {
    private static final List<Issue> ISSUES = new ArrayList<>();

    @BeforeAll
    static void check() throws IOException {
        JsonNode pages = new ObjectMapper().readTree(ProjectFiles.shared("real/putuo-ecology-2025.pages.json").toFile());
        List<Table> tables = read(pages);
        List<Block> blocks = new ArrayList<>();
        int length = tables.stream().flatMap(t -> t.cells().stream()).mapToInt(TableCell::end).max().orElse(0);
        String text = " ".repeat(length);
        for (Table table : tables) {
            int end = table.cells().stream().mapToInt(TableCell::end).max().orElse(0);
            blocks.add(new Block(table.blockId(), BlockKind.TABLE, text.substring(0, end), table.page(), 0, end, null, table.id()));
        }
        DocumentInfo info = new DocumentInfo("0".repeat(64), "putuo-ecology-2025.pages.json", DocumentFormat.TXT, 31, null,
                "上海市普陀区生态环境局", 2025);
        Disclosure disclosure = new Disclosure(Disclosure.SCHEMA_VERSION, info, text, blocks, List.of(), tables, List.of(),
                List.of(), List.of(), List.of());
        CheckInput input = new CheckInput(disclosure, new Claims(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        for (Rule rule : RuleRegistry.all()) {
            if (rule.getClass().getPackageName().endsWith(".tables")) {
                ISSUES.addAll(rule.check(input));
            }
        }
    }

    /** Each page's grid read by the table reader, a continuation with the same columns joined to its table. */
    private static List<Table> read(JsonNode pages) {
        TableReader reader = new TableReader();
        List<Table> tables = new ArrayList<>();
        List<List<String>> open = null;
        int openPage = 0;
        List<String> openBefore = null;
        for (int p = 0; p < pages.get("page_tables").size(); p++) {
            for (JsonNode node : pages.get("page_tables").get(p)) {
                List<List<String>> rows = rows(node);
                if (open != null && openPage == p && rows.get(0).size() == open.get(0).size()
                        && rows.get(0).stream().anyMatch(c -> c.matches("[\\d,]+\\.\\d{2}"))) {
                    open.addAll(rows);
                    continue;
                }
                if (open != null) {
                    tables.add(renumbered(reader.read(Grids.table(open), openBefore), tables.size() + 1, openPage));
                }
                open = rows;
                openPage = p + 1;
                openBefore = EcologyPageTablesTest.before(pages.get("page_texts").get(p).asText(), rows);
            }
        }
        tables.add(renumbered(reader.read(Grids.table(open), openBefore), tables.size() + 1, openPage));
        return tables;
    }

    private static Table renumbered(Table t, int n, int page) {
        List<TableCell> cells = t.cells().stream().map(c -> new TableCell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), c.text(),
                c.start(), c.end(), page)).toList();
        return new Table("t" + n, page, page, null, "b" + n, t.caption(), t.kind(), t.unit(), t.headerRows(), t.columnHeaders(),
                t.rows(), t.columns(), cells, t.lines(), t.confident(), t.notes());
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

    @Test
    void nothingAboveInfoOnTablesAReviewerFoundConsistent() {
        List<Issue> loud = ISSUES.stream().filter(i -> i.severity() != Severity.INFO).toList();
        assertTrue(loud.isEmpty(), loud.toString());
    }

    /** T4b: the one figure both expenditure tables print, 1367.76 in one and 1367.75 in the other. */
    private static boolean projectCent(Issue issue) {
        return issue.message().contains("1,367.76") && issue.message().contains("1,367.75") && issue.message().contains("不一致");
    }

    @Test
    void theBasicTablesTwoRoundingDifferencesAreFoundAsInfo() {
        assertTrue(found("“310 资本性支出”行“决算数”14.44"), "T5a: 14.44 against 13.94 + 0.49");
        assertTrue(found("公用经费合计”行“决算数”416.36"), "T5b: 416.36 against 302 + 310");
    }

    /**
     * T4: the 支出决算表's 项目支出 1367.76 against 1367.75. Its classes cannot be summed here (the
     * page-9 continuation is not joined), so the cent is found between the two expenditure tables,
     * which print the same figures since the unit spends general-budget money only. The reviewer's
     * annotation grades it a rounding hint (expected severity info), as issue 9 grades a 0.01 gap
     * between two tables: an INFO (it was raised to a warning for a while, against both).
     */
    @Test
    void theProjectTotalsOfTheTwoExpenditureTablesDifferByTheSameCent() {
        assertTrue(ISSUES.stream().anyMatch(i -> i.severity() == Severity.INFO && projectCent(i)),
                "T4b: 1367.76 in one table, 1367.75 in the other");
    }

    private static boolean found(String words) {
        return ISSUES.stream().anyMatch(i -> i.severity() == Severity.INFO && i.message().contains(words));
    }
}
