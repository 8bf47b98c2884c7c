package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * Decides whether a table was read well enough to check its arithmetic, and says why not in Chinese:
 * no header, more panels than a table has, words where amounts belong, amounts where names belong,
 * a line repeated, or a code outside its parent (codes of one table beside amounts of another).
 * Silence is preferred to a wrong reading: any of these makes the table untrusted.
 */
final class ReadingJudge {
    /** How many problems of one sort are spelled out before the rest are counted. */
    private static final int SPELLED_OUT = 3;
    /** Codes outside their parent that make a misreading rather than a slip: at least 3, and a fifth of the codes. */
    private static final int MISPLACED_CODES = 3;
    private static final int MISPLACED_SHARE = 5;

    private ReadingJudge() {
    }

    /** The reasons not to trust the reading; empty when it can be trusted. */
    static List<String> problems(TableKind kind, Grid grid, Header header, int titleRows, ColumnLayout layout,
                                 List<TableLine> lines) {
        List<String> problems = new ArrayList<>();
        if (grid.rows() == 0 || header.rows() <= titleRows) {
            problems.add("未找到表头，未能读出各列含义");
        }
        if (layout.panels().size() > 2) {
            problems.add("辨认出" + layout.panels().size() + "组项目列，列结构无法确认");
        }
        if (lines.isEmpty() && bodyPrints(grid, header)) {
            problems.add("表体未读出任何行");
        }
        if (kind.isNine()) {
            valuesThatAreWords(lines, problems);
            namesThatAreAmounts(lines, problems);
        } else if (mostlyWords(lines)) {
            problems.add("表内多为文字（表单式表格），不按行核对数值");
        }
        repeatedLines(lines, problems);
        codesOutsideTheirParent(lines, problems);
        return problems;
    }

    /** A form such as a 绩效自评表: more than a quarter of its printed values are words. */
    private static boolean mostlyWords(List<TableLine> lines) {
        long words = 0;
        long printed = 0;
        for (TableLine line : lines) {
            for (TableValue value : line.values()) {
                printed += value.kind() == CellValueKind.BLANK ? 0 : 1;
                words += value.kind() == CellValueKind.TEXT ? 1 : 0;
            }
        }
        return words * 4 > printed;
    }

    private static boolean bodyPrints(Grid grid, Header header) {
        for (int r = header.rows(); r < grid.rows(); r++) {
            if (!grid.rowTexts(r).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void valuesThatAreWords(List<TableLine> lines, List<String> problems) {
        List<String> found = new ArrayList<>();
        for (TableLine line : lines) {
            for (TableValue value : line.values()) {
                if (value.kind() == CellValueKind.TEXT) {
                    found.add("第" + (line.row() + 1) + "行第" + (value.column() + 1) + "列“" + CellText.normalise(value.raw()) + "”");
                }
            }
        }
        spell(found, "不是数值，列可能错位或单元格未能读出", problems);
    }

    private static void namesThatAreAmounts(List<TableLine> lines, List<String> problems) {
        List<String> found = new ArrayList<>();
        for (TableLine line : lines) {
            if (CellValueReader.number(line.name()) != null) {
                found.add("第" + (line.row() + 1) + "行“" + line.name() + "”");
            }
        }
        spell(found, "在名称列中却是数值，列可能错位", problems);
    }

    private static void repeatedLines(List<TableLine> lines, List<String> problems) {
        Map<String, TableLine> seen = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (TableLine line : lines) {
            if (line.values().stream().noneMatch(v -> v.kind() == CellValueKind.NUMBER && v.value().signum() != 0)) {
                continue;
            }
            String key = line.panel() + "|" + line.code() + "|" + line.name() + "|"
                    + line.values().stream().map(v -> CellText.normalise(v.raw())).toList();
            TableLine earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                found.add("第" + (line.row() + 1) + "行与第" + (earlier.row() + 1) + "行");
            }
        }
        spell(found, "完全相同，疑似重复读取", problems);
    }

    /**
     * Codes beside amounts of another table show as many codes outside their parent. One or two such
     * codes are the document's own slips (a 类 printed as "7"), left for the code rules to report.
     */
    private static void codesOutsideTheirParent(List<TableLine> lines, List<String> problems) {
        List<String> found = new ArrayList<>();
        Map<Integer, List<String>> codesByPanel = new HashMap<>();
        int coded = 0;
        for (TableLine line : lines) {
            if (line.code().isEmpty()) {
                continue;
            }
            coded++;
            List<String> earlier = codesByPanel.computeIfAbsent(line.panel(), p -> new ArrayList<>());
            for (int i = earlier.size() - 1; i >= 0; i--) {
                String parent = earlier.get(i);
                if (parent.length() < line.code().length()) {
                    if (!line.code().startsWith(parent)) {
                        found.add("第" + (line.row() + 1) + "行编码" + line.code() + "（上级" + parent + "）");
                    }
                    break;
                }
            }
            earlier.add(line.code());
        }
        if (found.size() >= MISPLACED_CODES && found.size() * MISPLACED_SHARE >= coded) {
            spell(found, "不在其上级科目之下，编码与数值可能错配", problems);
        }
    }

    private static void spell(List<String> found, String what, List<String> problems) {
        if (found.isEmpty()) {
            return;
        }
        String listed = String.join("、", found.subList(0, Math.min(SPELLED_OUT, found.size())));
        String more = found.size() > SPELLED_OUT ? "等" + found.size() + "处" : "";
        problems.add(listed + more + what);
    }
}
