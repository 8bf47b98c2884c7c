package org.juesuan.extract.tables.grid;

import java.nio.file.Path;
import java.util.List;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.parse.RawTable;
import org.juesuan.extract.pdfbox.PdfBoxPdfParser;
import org.juesuan.model.BlockKind;

/** Reads a PDF's table blocks and shows a table as a grid of texts, merged cells at their top-left. */
final class PdfTablesFixture {
    /** Each document is parsed once for all the tests that look at it (a test-only cache, never mutated after). */
    private static final java.util.Map<Path, List<RawBlock>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private PdfTablesFixture() {
    }

    static List<RawBlock> tables(Path pdf) {
        return READ.computeIfAbsent(pdf.toAbsolutePath().normalize(), PdfTablesFixture::parse);
    }

    private static List<RawBlock> parse(Path pdf) {
        try {
            RawDocument document = new PdfBoxPdfParser().parse(SourceDocument.read(pdf), ReadingLimits.DEFAULT);
            return document.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pdf, e);
        }
    }

    static String[][] grid(RawTable table) {
        String[][] grid = new String[table.rows()][table.columns()];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        for (RawCell cell : table.cells()) {
            grid[cell.row()][cell.column()] = cell.text();
        }
        return grid;
    }

    static RawCell cell(RawTable table, int row, int column) {
        return table.cells().stream().filter(c -> c.row() == row && c.column() == column).findFirst()
                .orElseThrow(() -> new AssertionError("no cell starts at " + row + "," + column));
    }
}
