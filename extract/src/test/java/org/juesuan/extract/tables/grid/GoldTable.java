package org.juesuan.extract.tables.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-verified table from {@code corpus/real/tables/<document>/<NN>.tsv}: its first page and its
 * grid (see the README's gold format), and the cell comparison the issue gates: whitespace removed,
 * all-empty rows and columns dropped on both sides, a gold cell with text counted as read when the
 * extracted grid has the same text at the same place.
 */
record GoldTable(String name, int firstPage, List<List<String>> grid) {

    /** Gold cells with text, how many we read the same, and our non-empty cells where the gold is empty. */
    record Score(int goldCells, int matched, int falseCells) {
        Score plus(Score other) {
            return new Score(goldCells + other.goldCells, matched + other.matched, falseCells + other.falseCells);
        }

        double accuracy() {
            return goldCells == 0 ? 1 : (double) matched / goldCells;
        }
    }

    static GoldTable read(Path tsv) throws IOException {
        int firstPage = 0;
        List<List<String>> grid = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("# pages\t")) {
                firstPage = Integer.parseInt(line.substring(8).strip().split("-")[0].strip());
            } else if (!line.startsWith("#") && !line.isEmpty()) {
                grid.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        return new GoldTable(tsv.getParent().getFileName() + "/" + tsv.getFileName(), firstPage, grid);
    }

    Score score(String[][] extracted) {
        List<List<String>> gold = trimmed(grid);
        List<List<String>> ours = trimmed(Arrays.stream(extracted).map(Arrays::asList).toList());
        int goldCells = 0;
        int matched = 0;
        int falseCells = 0;
        int rows = Math.max(gold.size(), ours.size());
        for (int r = 0; r < rows; r++) {
            int columns = Math.max(width(gold, r), width(ours, r));
            for (int c = 0; c < columns; c++) {
                String g = at(gold, r, c);
                String o = at(ours, r, c);
                if (!g.isEmpty()) {
                    goldCells++;
                    matched += g.equals(o) ? 1 : 0;
                } else if (!o.isEmpty()) {
                    falseCells++;
                }
            }
        }
        return new Score(goldCells, matched, falseCells);
    }

    /** The first few cells that differ, as r,c gold≠ours, for the report. */
    List<String> differences(String[][] extracted, int most) {
        List<List<String>> gold = trimmed(grid);
        List<List<String>> ours = trimmed(Arrays.stream(extracted).map(Arrays::asList).toList());
        List<String> differences = new ArrayList<>();
        for (int r = 0; r < Math.max(gold.size(), ours.size()) && differences.size() < most; r++) {
            for (int c = 0; c < Math.max(width(gold, r), width(ours, r)) && differences.size() < most; c++) {
                if (!at(gold, r, c).equals(at(ours, r, c))) {
                    differences.add(r + "," + c + " «" + at(gold, r, c) + "»≠«" + at(ours, r, c) + "»");
                }
            }
        }
        return differences;
    }

    private static int width(List<List<String>> grid, int row) {
        return row < grid.size() ? grid.get(row).size() : 0;
    }

    private static String at(List<List<String>> grid, int row, int column) {
        return row < grid.size() && column < grid.get(row).size() ? grid.get(row).get(column) : "";
    }

    /** Whitespace removed from every cell, then all-empty rows and columns dropped. */
    static List<List<String>> trimmed(List<List<String>> grid) {
        int columns = grid.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : grid) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(c < row.size() ? row.get(c).replaceAll("\\s", "") : "");
            }
            if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(cells);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            final int column = c;
            if (rows.stream().anyMatch(r -> !r.get(column).isEmpty())) {
                kept.add(c);
            }
        }
        return rows.stream().map(r -> kept.stream().map(r::get).toList()).toList();
    }
}
