package org.juesuan.extract.tables.grid;

import java.util.List;

/** The tables of one page: from its rulings where it has them. */
final class PageTables {
    private PageTables() {
    }

    static List<PageTable> find(PageLayout page) {
        if (page.rulings().isEmpty()) {
            return List.of();
        }
        return new RuledTableFinder(page).find();
    }
}
