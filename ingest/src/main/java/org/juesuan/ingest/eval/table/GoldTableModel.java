package org.juesuan.ingest.eval.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * Builds the model's {@link Table} from a gold table, the way a careful reader would read it: each
 * position a cell; the body read as lines per panel (the two sides of a summary table, the two
 * halves of the basic-expenditure table) with the code joined from its 类 / 款 / 项 cells, the
 * name, and the values with their header paths. It stands in for the reader until the reader
 * lands, so the checks and the perturbations can run on real tables; the lines are a plain
 * reading, not the reader's.
 */
public final class GoldTableModel {
    /**
     * The header cell that starts a panel: 项目 · 经济分类 · 支出功能分类 · 经济分类科目编码 ·
     * 部门预算经济分类科目编码; not 项目支出, not 功能分类科目名称.
     */
    private static final Pattern PANEL_START = Pattern.compile("项目|(部门预算|支出)?(经济|功能)分类(科目)?(编码)?");
    public static final String NOTE = "由表格金标准构造（corpus/real/tables），非阅读所得";

    private GoldTableModel() {
    }

    public static Table toTable(GoldTable gold, String id) {
        int rows = gold.grid().size();
        int columns = gold.columns();
        List<TableCell> cells = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                cells.add(new TableCell(row, column, 1, 1, gold.at(row, column), 0, 0, gold.firstPage()));
            }
        }
        List<List<String>> headers = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            headers.add(headerPath(gold, column));
        }
        List<TableLine> lines = new ArrayList<>();
        List<Integer> starts = panelStarts(gold);
        for (int panel = 0; panel < starts.size(); panel++) {
            int end = panel + 1 < starts.size() ? starts.get(panel + 1) : columns;
            lines.addAll(lines(gold, panel, starts.get(panel), end, headers));
        }
        lines.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.panel(), b.panel()));
        return new Table(id, gold.firstPage(), gold.lastPage(), null, id + "-gold", gold.caption(), gold.kind(), gold.unit(),
                gold.headerRows(), headers, rows, columns, cells, lines, true, List.of(NOTE));
    }

    /** The columns where panels start: those of the header row that names the most panels. */
    static List<Integer> panelStarts(GoldTable gold) {
        List<Integer> best = List.of(0);
        for (int row = 0; row < gold.headerRows(); row++) {
            List<Integer> starts = new ArrayList<>();
            for (int column = 0; column < gold.grid().get(row).size(); column++) {
                if (PANEL_START.matcher(CellGrid.normalise(gold.at(row, column))).matches()) {
                    starts.add(column);
                }
            }
            if (starts.size() > best.size()) {
                best = starts;
            }
        }
        return best.get(0) == 0 ? best : prepend(best);
    }

    private static List<Integer> prepend(List<Integer> starts) {
        List<Integer> all = new ArrayList<>(starts);
        all.set(0, 0);
        return all;
    }

    /** The header path of a column: in each header row, the text that covers it (at or left of it, within the cell above). */
    static List<String> headerPath(GoldTable gold, int column) {
        Set<String> path = new LinkedHashSet<>();
        int floor = 0;
        for (int row = 0; row < gold.headerRows(); row++) {
            for (int c = column; c >= floor; c--) {
                String text = CellGrid.normalise(gold.at(row, c));
                if (!text.isEmpty()) {
                    path.add(text);
                    floor = c;
                    break;
                }
            }
        }
        return List.copyOf(path);
    }

    private static List<TableLine> lines(GoldTable gold, int panel, int start, int end, List<List<String>> headers) {
        int nameColumn = nameColumn(gold, start, end);
        List<TableLine> lines = new ArrayList<>();
        for (int row = gold.headerRows(); row < gold.grid().size(); row++) {
            StringBuilder code = new StringBuilder();
            String name = nameColumn >= start ? CellGrid.normalise(gold.at(row, nameColumn)) : "";
            for (int c = start; c < nameColumn; c++) {
                String text = CellGrid.normalise(gold.at(row, c));
                if (CellValues.isCode(text)) {
                    code.append(text);
                } else if (name.isEmpty() && !text.isEmpty()) {
                    name = text;
                }
            }
            List<TableValue> values = new ArrayList<>();
            for (int c = nameColumn + 1; c < end; c++) {
                values.add(CellValues.value(c, String.join(" / ", headers.get(c)), gold.at(row, c)));
            }
            boolean empty = name.isEmpty() && code.isEmpty() && values.stream().allMatch(v -> v.raw().isBlank());
            if (!empty) {
                lines.add(new TableLine(row, panel, code.toString(), name, values));
            }
        }
        return lines;
    }

    /**
     * The panel's name column: where body rows most often hold their first word that is neither a code
     * nor a number; one left of the panel when no row has one (the 三公 table: values only).
     */
    private static int nameColumn(GoldTable gold, int start, int end) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int row = gold.headerRows(); row < gold.grid().size(); row++) {
            for (int c = start; c < end; c++) {
                String text = CellGrid.normalise(gold.at(row, c));
                if (!text.isEmpty() && !CellValues.isCode(text) && !CellValues.isNumber(text)) {
                    votes.merge(c, 1, Integer::sum);
                    break;
                }
            }
        }
        int best = start - 1;
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
            int current = votes.getOrDefault(best, 0);
            if (vote.getValue() > current || (vote.getValue() == current && vote.getKey() < best)) {
                best = vote.getKey();
            }
        }
        return best;
    }
}
