package org.juesuan.extract.check.rules.tables;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * The document's tables as the table rules see them. Arithmetic is only ever done on a trusted table:
 * one of the nine that the reader rebuilt with confidence; a table it did not trust, or any other
 * table, gives no arithmetic finding at all.
 */
final class ReadTables {
    private final List<Table> tables;
    private final HeaderPaths headers;

    ReadTables(CheckInput input) {
        this.tables = input.disclosure().tables();
        this.headers = HeaderPaths.of(input);
    }

    /** The folded header paths of the document's values, shared by the rules of the check run. */
    HeaderPaths headers() {
        return headers;
    }

    /** The trusted tables of one kind, in document order. */
    List<Table> trusted(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind && trusts(t)).toList();
    }

    /** The one trusted table of a kind; empty when there is none, or more than one (which is meant is unknown). */
    Optional<Table> single(TableKind kind) {
        List<Table> found = trusted(kind);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every trusted table of the given kinds. */
    List<Table> trusted(Set<TableKind> kinds) {
        return tables.stream().filter(t -> kinds.contains(t.kind()) && trusts(t)).toList();
    }

    /** Which of the nine were identified, trusted or not. */
    Set<TableKind> identified() {
        Set<TableKind> kinds = EnumSet.noneOf(TableKind.class);
        tables.stream().map(Table::kind).filter(TableKind::isNine).forEach(kinds::add);
        return kinds;
    }

    List<Table> all() {
        return tables;
    }

    /**
     * Whether the table may run on into the next table the reader handed over: one of the same kind,
     * or one without a caption that is not trusted or not one of the nine, starting on the same or
     * the next page. Its lines
     * are then perhaps not all there, and a sum over the last lines or the whole table is not checked.
     */
    boolean mayContinue(Table table) {
        int at = tables.indexOf(table);
        if (at < 0 || at + 1 >= tables.size()) {
            return false;
        }
        Table next = tables.get(at + 1);
        boolean unnamed = TableWords.fold(next.caption()).isEmpty() && (!next.confident() || !next.kind().isNine());
        return (unnamed || next.kind() == table.kind()) && next.page() <= table.lastPage() + 1;
    }

    static boolean trusts(Table table) {
        return table.confident() && table.kind().isNine() && !table.lines().isEmpty();
    }

    /** The lines of a panel whose bare name satisfies the test. */
    static List<TableLine> lines(Table table, int panel, Predicate<String> name) {
        return table.lines().stream().filter(l -> l.panel() == panel && name.test(TableWords.bareName(l.name()))).toList();
    }

    /** The one line of the panel whose bare name satisfies the test, when exactly one does. */
    static Optional<TableLine> line(Table table, int panel, Predicate<String> name) {
        List<TableLine> found = lines(table, panel, name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The money values of a line: every value but the row ordinals (行次). */
    static List<TableValue> money(HeaderPaths headers, TableLine line) {
        return headers.money(line);
    }

    /**
     * The line's value whose header satisfies the test: tried on the whole header path (本年支出/小计),
     * then, when no path does, on each level (本年支出合计 of 本年支出合计/决算数); empty when none or
     * several do.
     */
    static Optional<CellAmount> under(HeaderPaths headers, Table table, TableLine line, Predicate<String> header) {
        List<TableValue> found = money(headers, line).stream().filter(v -> header.test(headers.header(v))).toList();
        if (found.isEmpty()) {
            found = money(headers, line).stream().filter(v -> headers.path(v).stream().anyMatch(header)).toList();
        }
        return found.size() == 1 ? Optional.of(new CellAmount(table, line, found.get(0))) : Optional.empty();
    }

    /**
     * The line's amount on a side of a summary table: its only money value, else the one under 合计 /
     * 决算数 / 金额; empty when that cannot be told.
     */
    static Optional<CellAmount> amount(HeaderPaths headers, Table table, TableLine line) {
        List<TableValue> money = money(headers, line);
        if (money.size() == 1) {
            return Optional.of(new CellAmount(table, line, money.get(0)));
        }
        for (String word : List.of("合计", "决算数", "金额")) {
            Optional<CellAmount> found = under(headers, table, line, h -> h.endsWith(word));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
