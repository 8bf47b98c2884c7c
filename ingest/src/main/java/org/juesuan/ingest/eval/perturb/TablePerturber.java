package org.juesuan.ingest.eval.perturb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.juesuan.model.CellRef;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * Makes variants of a disclosure's tables, each with one known defect, at places drawn from a
 * seeded random source: the same seed and tables give the same variants. Only the nine tables are
 * touched, and only cells that hold a number other than 0 are changed, in tables the reader
 * trusts: the checks are silent by design on a table read without confidence, so a defect put
 * there would measure the reader (cell accuracy does that), not the checks.
 */
public final class TablePerturber {
    private final long seed;

    public TablePerturber(long seed) {
        this.seed = seed;
    }

    /** A number cell of one of the nine tables. */
    private record NumberCell(Table table, TableLine line, TableValue value) {
        CellRef ref() {
            return new CellRef(table.id(), line.row(), value.column());
        }

        String where() {
            return "表" + table.kind().number() + "（" + table.id() + "）第" + (line.row() + 1) + "行第" + (value.column() + 1) + "列";
        }
    }

    /** Up to {@code perDefect} variants of each defect, in the order of {@link Defect}, each place drawn once. */
    public List<Variant> variants(Disclosure base, int perDefect) {
        Random random = new Random(seed);
        List<NumberCell> numbers = numberCells(base);
        List<Variant> variants = new ArrayList<>();
        for (NumberCell cell : draw(numbers, perDefect, random)) {
            variants.add(cellVariant(base, Defect.CHANGED_CELL, cell, NumberText.changed(cell.value().raw().strip(), random)));
        }
        List<NumberCell> swappable = numbers.stream().filter(n -> NumberText.swapped(n.value().raw().strip(), new Random(0)) != null).toList();
        for (NumberCell cell : draw(swappable, perDefect, random)) {
            variants.add(cellVariant(base, Defect.SWAPPED_DIGITS, cell, NumberText.swapped(cell.value().raw().strip(), random)));
        }
        List<NumberCell> threePublic = numbers.stream().filter(n -> n.table().kind() == TableKind.THREE_PUBLIC).toList();
        for (NumberCell cell : draw(threePublic, perDefect, random)) {
            variants.add(cellVariant(base, Defect.EMPTIED_THREE_PUBLIC, cell, ""));
        }
        for (Table table : draw(base.tables().stream().filter(t -> t.kind().isNine()).toList(), perDefect, random)) {
            variants.add(removed(base, table));
        }
        for (NumberCell[] pair : draw(sharedAcrossTables(numbers), perDefect, random)) {
            variants.add(cent(base, pair));
        }
        for (NumberCell cell : draw(oneCellPerLine(numbers.stream().filter(n -> n.line().values().size() > 1).toList()), perDefect, random)) {
            variants.add(shifted(base, cell));
        }
        return variants;
    }

    /** The first number cell of each line: a shifted line is drawn once, whichever of its cells led to it. */
    private static List<NumberCell> oneCellPerLine(List<NumberCell> cells) {
        Map<String, NumberCell> first = new java.util.LinkedHashMap<>();
        cells.forEach(c -> first.putIfAbsent(c.table().id() + "|" + c.line().row() + "|" + c.line().panel(), c));
        return List.copyOf(first.values());
    }

    /** Up to n of the candidates, drawn without replacement. */
    private static <T> List<T> draw(List<T> candidates, int n, Random random) {
        List<T> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }

    private static List<NumberCell> numberCells(Disclosure base) {
        List<NumberCell> cells = new ArrayList<>();
        for (Table table : base.tables()) {
            if (!table.kind().isNine() || !table.confident()) {
                continue;
            }
            for (TableLine line : table.lines()) {
                for (TableValue value : line.values()) {
                    if (value.kind() == CellValueKind.NUMBER && value.value().signum() != 0) {
                        cells.add(new NumberCell(table, line, value));
                    }
                }
            }
        }
        return cells;
    }

    private static Variant changed(Disclosure base, NumberCell cell, Random random) {
        return cellVariant(base, Defect.CHANGED_CELL, cell, NumberText.changed(cell.value().raw().strip(), random));
    }

    private static Variant cellVariant(Disclosure base, Defect defect, NumberCell cell, String text) {
        Table changed = TableEditor.withTexts(cell.table(), Map.of(List.of(cell.line().row(), cell.value().column()), text));
        return new Variant(defect, cell.where() + " " + cell.value().raw().strip() + " → " + (text.isEmpty() ? "（空）" : text),
                TableEditor.replacing(base, changed), List.of(cell.table().id()), List.of(cell.ref()), name(cell.table()));
    }

    private static Variant removed(Disclosure base, Table table) {
        return new Variant(Defect.REMOVED_TABLE, "去掉表" + table.kind().number() + "（" + table.id() + "）" + name(table),
                TableEditor.withoutTable(base, table), List.of(table.id()), List.of(), name(table));
    }

    /**
     * Pairs of number cells in different tables that print the same figure: the same value on the
     * same item (the same code, or the same name on a line without one) under the same column (the
     * same last header level, or a summary line's only amount against a 合计), in one unit. A value two
     * tables happen to share on other items (an income class equal to a 基本支出 cell) is not one figure.
     */
    private static List<NumberCell[]> sharedAcrossTables(List<NumberCell> numbers) {
        Map<String, List<NumberCell>> byValue = new HashMap<>();
        numbers.forEach(n -> byValue.computeIfAbsent(n.value().value().stripTrailingZeros().toPlainString(), k -> new ArrayList<>()).add(n));
        List<NumberCell[]> pairs = new ArrayList<>();
        for (NumberCell a : numbers) {
            for (NumberCell b : byValue.get(a.value().value().stripTrailingZeros().toPlainString())) {
                if (!a.table().id().equals(b.table().id()) && sameFigure(a, b)) {
                    pairs.add(new NumberCell[] {a, b});
                    break;
                }
            }
        }
        return pairs;
    }

    private static boolean sameFigure(NumberCell a, NumberCell b) {
        return squeeze(a.table().unit()).equals(squeeze(b.table().unit())) && sameItem(a.line(), b.line())
                && (lastLevel(a.value()).equals(lastLevel(b.value())) || summaryAgainstTotal(a, b) || summaryAgainstTotal(b, a));
    }

    private static boolean sameItem(TableLine a, TableLine b) {
        if (!a.code().isEmpty() || !b.code().isEmpty()) {
            return a.code().equals(b.code());
        }
        String name = bareName(a.name());
        return !name.isEmpty() && name.equals(bareName(b.name()));
    }

    /** A summary table's line with one amount (八、社会保障和就业支出 326.71) against a detailed table's 合计. */
    private static boolean summaryAgainstTotal(NumberCell single, NumberCell total) {
        return single.line().values().size() == 1 && lastLevel(total.value()).endsWith("合计");
    }

    private static String lastLevel(TableValue value) {
        String[] levels = value.header().split("/");
        return squeeze(levels[levels.length - 1]);
    }

    private static String bareName(String name) {
        return squeeze(name).replaceFirst("^(?:[一二三四五六七八九十]+、|\\d+[、.．]|（[一二三四五六七八九十\\d]+）)", "");
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private static Variant cent(Disclosure base, NumberCell[] pair) {
        NumberCell cell = pair[0];
        String text = NumberText.oneUnitMore(cell.value().raw().strip());
        Table changed = TableEditor.withTexts(cell.table(), Map.of(List.of(cell.line().row(), cell.value().column()), text));
        return new Variant(Defect.CROSS_TABLE_CENT, cell.where() + " " + cell.value().raw().strip() + " → " + text + "，而"
                + pair[1].where() + "仍为 " + pair[1].value().raw().strip(), TableEditor.replacing(base, changed),
                List.of(cell.table().id(), pair[1].table().id()), List.of(cell.ref(), pair[1].ref()), name(cell.table()));
    }

    /** The cell's line with its values moved one column right: the first value cell left blank, the last dropped. */
    private static Variant shifted(Disclosure base, NumberCell cell) {
        List<TableValue> values = cell.line().values();
        Map<List<Integer>, String> texts = new HashMap<>();
        List<CellRef> refs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            texts.put(List.of(cell.line().row(), values.get(i).column()), i == 0 ? "" : values.get(i - 1).raw());
            refs.add(new CellRef(cell.table().id(), cell.line().row(), values.get(i).column()));
        }
        Table changed = TableEditor.withTexts(cell.table(), texts);
        return new Variant(Defect.SHIFTED_COLUMN, "表" + cell.table().kind().number() + "（" + cell.table().id() + "）第"
                + (cell.line().row() + 1) + "行「" + cell.line().name() + "」各数右移一列", TableEditor.replacing(base, changed),
                List.of(cell.table().id()), refs, name(cell.table()));
    }

    private static String name(Table table) {
        return table.caption().isBlank() ? table.kind().chineseName() : table.caption();
    }
}
