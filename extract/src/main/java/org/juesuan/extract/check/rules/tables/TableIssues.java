package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.model.Block;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableLine;
import org.juesuan.model.ValueRange;

/**
 * How a table rule grades a miss and cites its cells.
 *
 * <p>Grading follows the interval rule: a printed value that equals the computed one once rounded
 * the same way is fine; one whose interval still overlaps the computed interval differs only by
 * rounding (尾差, INFO, never an error); one unit of the last digit apart is a WARNING; more is
 * material, an ERROR.
 */
final class TableIssues {
    private TableIssues() {
    }

    /**
     * The severity of stating {@code stated} (printed with {@code decimals}) where the printed inputs
     * give {@code point} exactly and stand for {@code computed}. The point, not the interval's middle,
     * is what the stated value should read: a 0.00 stands for [0, 0.005], which would move a middle.
     */
    static Optional<Severity> grade(BigDecimal stated, int decimals, BigDecimal point, ValueRange computed) {
        BigDecimal expected = point.setScale(decimals, RoundingMode.HALF_UP);
        if (stated.compareTo(expected) == 0) {
            return Optional.empty();
        }
        if (Ranges.printed(stated, decimals).overlaps(computed)) {
            return Optional.of(Severity.INFO);
        }
        BigDecimal apart = stated.subtract(expected).abs().movePointRight(decimals);
        return Optional.of(apart.compareTo(BigDecimal.ONE) <= 0 ? Severity.WARNING : Severity.ERROR);
    }

    /** The expected value as the table prints it: rounded to the stated cell's decimals, with separators. */
    static String expected(BigDecimal point, int decimals) {
        return withSeparators(point.setScale(decimals, RoundingMode.HALF_UP));
    }

    static String withSeparators(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }

    /** The words a message adds for a rounding-level difference. */
    static String note(Severity severity) {
        return switch (severity) {
            case INFO -> "（差额在四舍五入范围内，属尾差）";
            case WARNING -> "（相差末位一个单位）";
            case ERROR -> "";
        };
    }

    /**
     * An issue cited at the stated cell's row: its evidence is the text from the line's name to the
     * stated cell (or the cell alone, or the table's block when the cells carry no text span).
     */
    static Issue at(Disclosure disclosure, CellAmount stated, Severity severity, String message, String expected,
                    ValueRange computed, List<CellRef> others) {
        List<CellRef> cells = new ArrayList<>();
        cells.add(stated.ref());
        others.stream().filter(c -> !cells.contains(c)).forEach(cells::add);
        int[] span = rowSpan(disclosure, stated);
        return new Issue(severity, message, stated.printed(), expected, computed, span[0], span[1], List.of(), cells);
    }

    /** An issue about a whole table (a missing note, an empty table): cited at its block. */
    static Issue atTable(Disclosure disclosure, Table table, Severity severity, String message) {
        int[] span = tableSpan(disclosure, table);
        return new Issue(severity, message, null, null, null, span[0], span[1], List.of(), List.of());
    }

    /** An issue about a line itself (its code, its name): cited at the cells that print them. */
    static Issue atLine(Disclosure disclosure, Table table, TableLine line, Severity severity, String message, String stated,
                        String expected, List<CellRef> others) {
        String name = TableWords.fold(line.name());
        int start = Integer.MAX_VALUE;
        int end = -1;
        int column = -1;
        for (TableCell cell : table.cells()) {
            String text = TableWords.fold(cell.text());
            boolean names = !text.isEmpty() && ((!line.code().isEmpty() && line.code().startsWith(text))
                    || (!name.isEmpty() && text.equals(name)));
            if (cell.row() == line.row() && cell.end() > cell.start() && names) {
                start = Math.min(start, cell.start());
                end = Math.max(end, cell.end());
                column = column < 0 ? cell.column() : Math.min(column, cell.column());
            }
        }
        int[] span = end < 0 ? tableSpan(disclosure, table) : new int[] {start, end};
        List<CellRef> cells = new ArrayList<>();
        cells.add(new CellRef(table.id(), line.row(), Math.max(column, 0)));
        others.stream().filter(c -> !cells.contains(c)).forEach(cells::add);
        return new Issue(severity, message, stated, expected, null, span[0], span[1], List.of(), cells);
    }

    private static int[] rowSpan(Disclosure disclosure, CellAmount stated) {
        TableCell value = covering(stated.table(), stated.line().row(), stated.value().column());
        if (value == null || value.end() <= value.start()) {
            return tableSpan(disclosure, stated.table());
        }
        int start = value.start();
        int end = value.end();
        String name = TableWords.fold(stated.line().name());
        for (TableCell cell : stated.table().cells()) {
            if (cell.row() == stated.line().row() && cell.end() > cell.start() && cell.column() < value.column()
                    && !name.isEmpty() && TableWords.fold(cell.text()).equals(name) && cell.start() < start) {
                start = cell.start();
            }
        }
        return new int[] {start, end};
    }

    private static TableCell covering(Table table, int row, int column) {
        for (TableCell cell : table.cells()) {
            if (cell.row() <= row && row < cell.row() + cell.rowSpan()
                    && cell.column() <= column && column < cell.column() + cell.columnSpan()) {
                return cell;
            }
        }
        return null;
    }

    private static int[] tableSpan(Disclosure disclosure, Table table) {
        for (Block block : disclosure.blocks()) {
            if (block.id().equals(table.blockId())) {
                return new int[] {block.start(), block.end()};
            }
        }
        int start = table.cells().stream().mapToInt(TableCell::start).min().orElse(0);
        int end = table.cells().stream().mapToInt(TableCell::end).max().orElse(start);
        return new int[] {start, Math.max(start, end)};
    }
}
