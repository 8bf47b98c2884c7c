package org.juesuan.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.junit.jupiter.api.Test;

/** Tables built by hand: caption and unit, kind, header, lines, and the readings that must not be trusted. */
class TableReaderTest {
    private final TableReader reader = new TableReader();

    private static final String[] BUDGET_FUNCTIONS = {
        "项目 |  |  |  | 一般公共预算支出 |  | ",
        "功能分类科目编码 |  |  | 功能分类科目名称 | 合计 | 基本支出 | 项目支出",
        "类 | 款 | 项 |  |  |  | ",
        "201 |  |  | 一般公共服务支出 | 1,000 | 600 | 400",
        "201 | 01 |  | 人大事务 | 1,000 | 600 | 400",
        "201 | 01 | 01 | 行政运行 | 600 | 600 | 0",
        "201 | 01 | 99 | 其他人大事务支出 | 400 | 0 | 400",
        "合计 |  |  |  | 1,000 | 600 | 400"};

    @Test
    void aBudgetTableByItsBudgetNameWithItsOrganizationAndUnitLine() {
        Table table = reader.read(Grids.table(BUDGET_FUNCTIONS),
                List.of("2024年部门一般公共预算支出功能分类预算表", "编制部门：上海市普陀区人民政府万里街道办事处 单位：元"));
        assertEquals("2024年部门一般公共预算支出功能分类预算表", table.caption());
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE, table.kind());
        assertEquals("元", table.unit());
        assertEquals(3, table.headerRows());
        assertEquals(List.of("一般公共预算支出", "基本支出"), table.columnHeaders().get(5));
        assertEquals(List.of("项目", "功能分类科目编码", "款"), table.columnHeaders().get(1));
        assertTrue(table.confident(), table.notes().toString());
        assertEquals(List.of("201", "20101", "2010101", "2010199", ""), table.lines().stream().map(TableLine::code).toList());
        TableLine total = table.lines().get(4);
        assertEquals("合计", total.name());
        assertEquals("一般公共预算支出 / 项目支出", total.values().get(2).header());
        assertEquals(0, total.values().get(2).decimals());
    }

    @Test
    void aNearerLineThatNamesNoTableGivesWayToTheCaption() {
        Table table = reader.read(Grids.table(BUDGET_FUNCTIONS),
                List.of("第二部分 2019年度部门预算表", "公开07表", "一般公共预算支出预算表（功能科目）", "公开07表", "部门： 江苏省人民检察院 单位:万元"));
        assertEquals("一般公共预算支出预算表（功能科目）", table.caption());
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE, table.kind());
        assertEquals("万元", table.unit());
    }

    @Test
    void aSentenceBeforeTheTableIsNoCaptionAndTheColumnsNameTheKind() {
        Table table = reader.read(Grids.table(
                "项目 |  | 本年收入合计 | 财政拨款收入 | 事业收入",
                "功能分类科目编码 | 科目名称 |  |  | ",
                " | 合计 | 100.00 | 90.00 | 10.00",
                "2010101 | 行政运行 | 100.00 | 90.00 | 10.00"),
                List.of("上年《财政拨款支出预算表》（表5）无此项支出。"));
        assertEquals("", table.caption());
        assertEquals(TableKind.INCOME, table.kind());
        assertEquals("", table.unit());
        assertTrue(table.notes().contains("未找到表名，按表头识别为收入决算表"), table.notes().toString());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("未找到金额单位")));
        assertTrue(table.confident(), table.notes().toString());
    }

    @Test
    void aCodePrintedBeforeTheNameIsSplitOff() {
        Table table = reader.read(Grids.table(
                "项目 | 决算数",
                "201一般公共服务支出 | 10.00",
                "2010101 一般行政管理事务 | 10.00"), List.of("一般公共预算财政拨款支出决算表", "单位：万元"));
        assertEquals(List.of("201", "2010101"), table.lines().stream().map(TableLine::code).toList());
        assertEquals("一般行政管理事务", table.lines().get(1).name());
        assertTrue(table.confident());
    }

    @Test
    void aWordTableCarriesItsCaptionAndUnitInTitleRowsAndMergedHeaders() {
        List<TableCell> cells = new ArrayList<>();
        cells.add(cell(0, 0, 1, 4, "2024年收入支出决算总表"));
        cells.add(cell(1, 0, 1, 4, "单位：万元"));
        cells.add(cell(2, 0, 1, 2, "收入"));
        cells.add(cell(2, 2, 1, 2, "支出"));
        String[][] rest = {{"项目", "决算数", "项目", "决算数"}, {"本年收入合计", "10.00", "本年支出合计", "10.00"},
            {"总计", "10.00", "总计", "10.00"}};
        for (int r = 0; r < rest.length; r++) {
            for (int c = 0; c < 4; c++) {
                cells.add(cell(r + 3, c, 1, 1, rest[r][c]));
            }
        }
        Table table = reader.read(Table.laidOut("t1", 1, 1, null, "b1", 6, 4, cells), List.of());
        assertEquals("2024年收入支出决算总表", table.caption());
        assertEquals(TableKind.INCOME_EXPENDITURE_SUMMARY, table.kind());
        assertEquals("万元", table.unit());
        assertEquals(4, table.headerRows());
        assertEquals(List.of("支出", "决算数"), table.columnHeaders().get(3));
        assertEquals(4, table.lines().size());
        assertEquals(1, table.lines().get(1).panel());
        assertTrue(table.confident(), table.notes().toString());
    }

    @Test
    void wordsWhereAmountsBelongAreNotTrusted() {
        Table table = reader.read(Grids.table(
                "项目 | 合计 | 基本支出 | 项目支出",
                "一般公共服务支出 | 10.00 | 见说明 | 4.00"), List.of("一般公共预算财政拨款支出决算表"));
        assertFalse(table.confident());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("第2行第3列“见说明”不是数值")), table.notes().toString());
        assertEquals(CellValueKind.TEXT, table.lines().get(0).values().get(1).kind());
    }

    @Test
    void anAmountInTheNameColumnMeansShiftedColumns() {
        Table table = reader.read(Grids.table(
                "项目 | 合计 | 基本支出",
                "一般公共服务支出 | 10.00 | 6.00",
                "行政运行 | 4.00 | 4.00",
                "4.00 |  | ",
                "合计 | 10.00 | 6.00"), List.of("一般公共预算财政拨款支出决算表"));
        assertFalse(table.confident());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("在名称列中却是数值")), table.notes().toString());
    }

    @Test
    void aRepeatedLineIsNotTrusted() {
        Table table = reader.read(Grids.table(
                "项目 | 决算数",
                "行政运行 | 4.00",
                "行政运行 | 4.00"), List.of("支出决算表"));
        assertFalse(table.confident());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("第3行与第2行完全相同")), table.notes().toString());
    }

    @Test
    void codesBesideTheAmountsOfAnotherTableAreNotTrusted() {
        Table table = reader.read(Grids.table(
                "科目编码 | 科目名称 | 决算数",
                "208 | 社会保障和就业支出 | 5.00",
                "20805 | 行政事业单位养老支出 | 5.00",
                "2101101 | 行政单位医疗 | 5.00",
                "2101102 | 事业单位医疗 | 5.00",
                "2210201 | 住房公积金 | 5.00"), List.of("支出决算表"));
        assertFalse(table.confident());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("编码2101101（上级20805）")), table.notes().toString());
    }

    @Test
    void oneMisprintedCodeIsTheDocumentsSlipNotAMisreading() {
        Table table = reader.read(Grids.table(
                "类 | 款 | 项 | 科目名称 | 决算数",
                "210 |  |  | 卫生健康支出 | 5.00",
                "210 | 11 |  | 行政事业单位医疗 | 5.00",
                "210 | 11 | 01 | 行政单位医疗 | 2.00",
                "7 | 11 | 02 | 事业单位医疗 | 3.00",
                "221 |  |  | 住房保障支出 | 1.00",
                "221 | 02 |  | 住房改革支出 | 1.00",
                "221 | 02 | 01 | 住房公积金 | 1.00"), List.of("支出决算表"));
        assertTrue(table.confident(), table.notes().toString());
        assertEquals("71102", table.lines().get(3).code());
    }

    @Test
    void aCaptionThatBelongsToAnotherTableIsNotTrusted() {
        Table income = reader.read(Grids.table(BUDGET_FUNCTIONS), List.of("2024年部门收入预算总表", "单位：元"));
        assertEquals(TableKind.INCOME, income.kind());
        assertFalse(income.confident());
        assertTrue(income.notes().stream().anyMatch(n -> n.contains("表名可能与表格错配")), income.notes().toString());
        Table summary = reader.read(Grids.table(BUDGET_FUNCTIONS), List.of("2024年部门财务收支预算总表", "单位：元"));
        assertFalse(summary.confident());
        assertTrue(summary.notes().stream().anyMatch(n -> n.contains("应有左右两组项目列，表中读出1组")), summary.notes().toString());
    }

    @Test
    void aColumnNumberRowIsHeader() {
        Table table = reader.read(Grids.table(
                "项目 | 本年支出合计 | 基本支出",
                "栏次 | 1 | 2",
                "合计 | 10.00 | 6.00"), List.of("支出决算表"));
        assertEquals(2, table.headerRows());
        assertEquals(1, table.lines().size());
    }

    private static TableCell cell(int row, int column, int rowSpan, int columnSpan, String text) {
        return new TableCell(row, column, rowSpan, columnSpan, text, 0, text.length(), 1);
    }
}
