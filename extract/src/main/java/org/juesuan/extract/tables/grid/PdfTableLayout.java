package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.juesuan.extract.parse.PageTextJoiner;
import org.juesuan.extract.parse.RawTable;

/**
 * Turns a PDF's page layouts into blocks: each table found on the pages (a table continued over
 * pages once) becomes one TABLE block where it is printed, and every line outside the tables flows
 * to the {@link PageTextJoiner} as before, so captions, 单位 lines and 注 notes stay paragraphs just
 * before and after their table.
 */
public final class PdfTableLayout {
    /** Rows a table needs unless it continues one from the page before. */
    private static final int MIN_ROWS = 2;
    /** How far (points) a line above a table may reach into its top edge. */
    private static final double ABOVE_TOLERANCE = 2;

    private final PageTextJoiner joiner = new PageTextJoiner();

    public PageTextJoiner.Joined blocks(List<PageLayout> pages) {
        List<List<PageTable>> byPage = new ArrayList<>();
        for (PageLayout page : pages) {
            byPage.add(new ArrayList<>(PageTables.find(page)));
        }
        List<List<PageTable>> chains = new ArrayList<>(ContinuedTables.chain(pages, byPage));
        // a single ruled row that continues no table is a framed line of text, not a table
        for (List<PageTable> chain : List.copyOf(chains)) {
            if (chain.size() == 1 && chain.get(0).rows() < MIN_ROWS) {
                chains.remove(chain);
                byPage.get(chain.get(0).page() - 1).remove(chain.get(0));
            }
        }
        List<RawTable> tables = new ArrayList<>();
        Map<PageTable, String> placeholders = new HashMap<>();
        Map<Integer, Set<Integer>> repeatedLines = new HashMap<>();
        for (List<PageTable> chain : chains) {
            placeholders.put(chain.get(0), PageTextJoiner.tablePlaceholder(tables.size()));
            tables.add(ChainedTable.of(chain));
            for (PageTable piece : chain.subList(1, chain.size())) {
                placeholders.put(piece, PageTextJoiner.continuedTablePlaceholder());
                repeatedLines.computeIfAbsent(piece.page(), p -> new HashSet<>()).addAll(
                        ContinuedTables.repeatedAbove(pages.get(piece.page() - 1), piece, pages.get(piece.page() - 2)));
            }
        }
        List<String> texts = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            texts.add(pageText(pages.get(p), byPage.get(p), placeholders, repeatedLines.getOrDefault(p + 1, Set.of())));
        }
        return joiner.join(texts, tables);
    }

    private static String pageText(PageLayout page, List<PageTable> tables, Map<PageTable, String> placeholders,
                                   Set<Integer> skipped) {
        StringBuilder text = new StringBuilder();
        List<Integer> pending = new ArrayList<>();
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < page.lines().size(); i++) {
            final int line = i;
            PageTable table = tables.stream().filter(t -> t.lineIndexes().contains(line)).findFirst().orElse(null);
            if (table == null && !skipped.contains(i) && !moved.contains(i)) {
                pending.add(i);
            } else if (table != null && table.firstLine() == i) {
                List<Integer> above = drawnLaterAbove(page, tables, table, skipped, moved);
                moved.addAll(above);
                placeAbove(page, table, pending, above);
                pending.forEach(p -> text.append(page.lines().get(p).text()).append('\n'));
                pending.clear();
                text.append(placeholders.get(table)).append('\n');
            }
        }
        pending.forEach(p -> text.append(page.lines().get(p).text()).append('\n'));
        return text.toString();
    }

    /**
     * The lines outside every table that the page draws after the table's first line but prints above
     * its top: Excel-made PDFs draw the grid first, then its caption, 编制单位 and 单位 lines.
     */
    private static List<Integer> drawnLaterAbove(PageLayout page, List<PageTable> tables, PageTable table,
                                                 Set<Integer> skipped, Set<Integer> moved) {
        List<Integer> above = new ArrayList<>();
        for (int j = table.firstLine() + 1; j < page.lines().size(); j++) {
            final int line = j;
            boolean inTable = tables.stream().anyMatch(t -> t.lineIndexes().contains(line));
            PrintedLine printed = page.lines().get(j);
            if (!inTable && !skipped.contains(j) && !moved.contains(j) && !printed.runs().isEmpty()
                    && printed.bottom() <= table.top() + ABOVE_TOLERANCE) {
                above.add(j);
            }
        }
        return above;
    }

    /**
     * Puts the lines printed above the table, those drawn before it and those drawn after, in the
     * order they are printed from the top, just before the table; nothing moves when the page draws
     * every line above the table before it.
     */
    private static void placeAbove(PageLayout page, PageTable table, List<Integer> pending, List<Integer> above) {
        if (above.isEmpty()) {
            return;
        }
        List<Integer> group = new ArrayList<>(above);
        for (Integer p : List.copyOf(pending)) {
            if (page.lines().get(p).bottom() <= table.top() + ABOVE_TOLERANCE) {
                pending.remove(p);
                group.add(p);
            }
        }
        group.sort(Comparator.comparingDouble(p -> page.lines().get(p).top()));
        pending.addAll(group);
    }
}
