package org.juesuan.output.html;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.output.tables.CellCitations;
import org.juesuan.output.tables.TableNames;

/**
 * The tables part of the report's navigation: the nine in the national template's order, each
 * linked where the document has it (under its own caption: a budget names them differently) and
 * marked 未找到 where its reader found none, then the other tables. A document with no table at all says so instead of listing nine absences.
 */
final class TableNavigation {
    /**
     * One line of it.
     *
     * @param href     #table-t3, or null for a table not found
     * @param label    表5 一般公共预算财政拨款支出决算表, or the caption of another table
     * @param css      found, missing or other
     * @param findings findings citing its cells, or null for none
     * @param title    the caption and pages, as a tooltip, or null
     */
    record Item(String href, String label, String css, Integer findings, String title) {
    }

    private TableNavigation() {
    }

    static List<Item> of(List<Table> tables, CellCitations citations) {
        List<Item> items = new ArrayList<>();
        if (tables.isEmpty()) {
            return items;
        }
        for (TableKind kind : TableKind.values()) {
            if (!kind.isNine()) {
                continue;
            }
            List<Table> ofKind = tables.stream().filter(t -> t.kind() == kind).toList();
            String label = "表" + kind.number() + " " + kind.chineseName();
            if (ofKind.isEmpty()) {
                items.add(new Item(null, label, "missing", null, "未找到此表"));
            }
            for (int i = 0; i < ofKind.size(); i++) {
                Table table = ofKind.get(i);
                String name = "表" + kind.number() + " " + TableNames.shortName(table);
                items.add(item(table, i == 0 ? name : name + "（" + table.id() + "）", "found", citations));
            }
        }
        tables.stream().filter(t -> !t.kind().isNine())
                .forEach(t -> items.add(item(t, TableNames.shortName(t), "other", citations)));
        return items;
    }

    private static Item item(Table table, String label, String css, CellCitations citations) {
        int cited = citations.ofTable(table.id()).size();
        return new Item("#" + TableCards.anchor(table.id()), label, css + (table.confident() ? "" : " unsure"),
                cited == 0 ? null : cited, TableCards.title(table) + "，" + TableCards.pages(table)
                + (table.confident() ? "" : "，未能可靠读出"));
    }
}
