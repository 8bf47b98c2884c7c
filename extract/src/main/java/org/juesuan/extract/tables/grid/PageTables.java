package org.juesuan.extract.tables.grid;

import java.util.List;

/**
 * The tables of one page: from its rulings where it has them, and from the alignment of its text
 * where a page has no ruled table at all.
 */
final class PageTables {
    private PageTables() {
    }

    static List<PageTable> find(PageLayout page) {
        List<PageTable> ruled = page.rulings().isEmpty() ? List.of() : new RuledTableFinder(page).find();
        if (!ruled.isEmpty() || !TableCandidates.mayHoldTable(page.lines())) {
            return ruled;
        }
        return AlignedTableFinder.find(page, java.util.Set.of());
    }
}
