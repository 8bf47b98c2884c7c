package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chains the pieces of a table printed over several pages. A piece continues the previous one when
 * the previous is the last thing on its page (only a page number below it), this one the first on
 * the next page (only a running header, a page number or the previous page's caption lines above
 * it), and both have the same columns at the same places.
 */
final class ContinuedTables {
    /** A page number alone: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 25 页. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–]?\\s*\\d{1,4}\\s*[-—–]?|第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?)$");

    private ContinuedTables() {
    }

    /** The pieces grouped into tables, in document order; each group's first piece is where the table starts. */
    static List<List<PageTable>> chain(List<PageLayout> pages, List<List<PageTable>> tablesByPage) {
        List<List<PageTable>> chains = new ArrayList<>();
        List<PageTable> open = null;
        for (int p = 0; p < tablesByPage.size(); p++) {
            List<PageTable> onPage = tablesByPage.get(p);
            for (int t = 0; t < onPage.size(); t++) {
                PageTable piece = onPage.get(t);
                boolean continues = open != null && t == 0 && p > 0
                        && open.get(open.size() - 1).page() == piece.page() - 1
                        && sameColumns(open.get(0), piece)
                        && lastOnPage(pages.get(p - 1), tablesByPage.get(p - 1), open.get(open.size() - 1))
                        && firstOnPage(pages.get(p), onPage, piece, pages.get(p - 1));
                if (continues) {
                    open.add(piece);
                } else {
                    open = new ArrayList<>();
                    open.add(piece);
                    chains.add(open);
                }
            }
        }
        return chains;
    }

    private static boolean sameColumns(PageTable a, PageTable b) {
        return ColumnMap.onto(a.columnEdges(), b.columnEdges()) != null;
    }

    private static boolean lastOnPage(PageLayout page, List<PageTable> tables, PageTable table) {
        for (int i = 0; i < page.lines().size(); i++) {
            PrintedLine line = page.lines().get(i);
            if (!inAnyTable(tables, i) && line.top() > table.bottom() && !PAGE_NUMBER.matcher(line.text().strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstOnPage(PageLayout page, List<PageTable> tables, PageTable table, PageLayout previous) {
        List<String> previousTexts = previous.lines().stream().map(l -> l.text().strip()).toList();
        for (int i = 0; i < page.lines().size(); i++) {
            PrintedLine line = page.lines().get(i);
            String text = line.text().strip();
            if (!inAnyTable(tables, i) && line.bottom() < table.top() && !PAGE_NUMBER.matcher(text).matches()
                    && !previousTexts.contains(text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inAnyTable(List<PageTable> tables, int line) {
        return tables.stream().anyMatch(t -> t.lineIndexes().contains(line));
    }

    /** Lines above a continuing piece that repeat the previous page's lines (caption, unit): not text again. */
    static List<Integer> repeatedAbove(PageLayout page, PageTable piece, PageLayout previous) {
        List<String> previousTexts = previous.lines().stream().map(l -> l.text().strip()).toList();
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            PrintedLine line = page.lines().get(i);
            if (line.bottom() < piece.top() && previousTexts.contains(line.text().strip())
                    && !piece.lineIndexes().contains(i)) {
                repeated.add(i);
            }
        }
        return repeated;
    }
}
