package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;

/** Tables built by hand for the reader's tests: rows of cell texts, every cell one position, no spans. */
final class Grids {
    private Grids() {
    }

    /** A laid-out table from rows of cell texts (shorter rows are padded with empty cells). */
    static Table table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<TableCell> cells = new ArrayList<>();
        int offset = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cells.add(new TableCell(r, c, 1, 1, text, offset, offset + text.length(), 1));
                offset += text.length() + 1;
            }
        }
        return Table.laidOut("t1", 1, 1, null, "b1", rows.size(), columns, cells);
    }

    /** Rows written one per line, cells separated by " | ". */
    static Table table(String... rows) {
        List<List<String>> parsed = new ArrayList<>();
        for (String row : rows) {
            parsed.add(List.of(row.split(" \\| ", -1)).stream().map(String::strip).toList());
        }
        return table(parsed);
    }
}
