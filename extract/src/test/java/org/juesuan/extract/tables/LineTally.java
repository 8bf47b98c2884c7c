package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.Table;
import org.juesuan.model.TableLine;

/** Counts, per document, how many lines of trusted tables read from a PDF equal those read from the gold grid. */
final class LineTally {
    private static final Map<String, int[]> BY_DOCUMENT = new java.util.TreeMap<>();

    private LineTally() {
    }

    static synchronized void add(String document, Table read, GoldGrids gold) {
        String unit = gold.header().get("unit");
        Table expected = new TableReader().read(Grids.table(gold.rows()), List.of(gold.caption(), unit.isEmpty() ? "" : "单位：" + unit));
        Map<String, Integer> wanted = new HashMap<>();
        for (TableLine line : expected.lines()) {
            wanted.merge(key(line), 1, Integer::sum);
        }
        int[] tally = BY_DOCUMENT.computeIfAbsent(document, d -> new int[2]);
        tally[1] += expected.lines().size();
        for (TableLine line : read.lines()) {
            Integer left = wanted.get(key(line));
            if (left != null && left > 0) {
                wanted.put(key(line), left - 1);
                tally[0]++;
            }
        }
    }

    private static String key(TableLine line) {
        List<String> values = new ArrayList<>();
        line.values().forEach(v -> values.add(CellText.normalise(v.raw())));
        return line.panel() + "|" + line.code() + "|" + line.name() + "|" + values;
    }

    static synchronized double agreement() {
        int matched = BY_DOCUMENT.values().stream().mapToInt(t -> t[0]).sum();
        int total = BY_DOCUMENT.values().stream().mapToInt(t -> t[1]).sum();
        return total == 0 ? 0 : (double) matched / total;
    }

    static synchronized String report() {
        StringBuilder out = new StringBuilder("trusted-table lines equal to the gold's (matched / gold lines of those tables):\n");
        BY_DOCUMENT.forEach((document, t) -> out.append(String.format("  %-40s %4d / %4d%n", document, t[0], t[1])));
        return out.append(String.format("  overall %.4f%n", agreement())).toString();
    }
}
