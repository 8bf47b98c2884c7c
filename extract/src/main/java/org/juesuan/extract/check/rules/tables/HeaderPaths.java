package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * The folded header paths of one document's table values, each header text folded once per check
 * run: the table rules ask for the same headers again and again (every money value of every line they
 * look at, in rule after rule), and folding them anew was some 40 % of the checks stage. Shared by
 * the rules through {@link CheckInput#shared}, so it lives only as long as the document's check.
 */
final class HeaderPaths {
    private final Map<String, List<String>> paths = new HashMap<>();
    private final Map<String, String> joined = new HashMap<>();
    private final Map<String, Boolean> ordinals = new HashMap<>();
    /**
     * The money values of each line asked about, by the line object itself: a line's money is a
     * function of the line alone, and a record's own hash would walk all its values at every lookup.
     */
    private final Map<TableLine, List<TableValue>> money = new IdentityHashMap<>();

    private HeaderPaths() {
    }

    /** The document's header paths, made at the first rule that asks. */
    static HeaderPaths of(CheckInput input) {
        return input.shared(HeaderPaths.class, any -> new HeaderPaths());
    }

    /** The header path of a value, level by level, folded. */
    List<String> path(TableValue value) {
        return paths.computeIfAbsent(value.header(), TableWords::path);
    }

    /** The header path joined back, folded: for a message or for matching a header by a word. */
    String header(TableValue value) {
        return joined.computeIfAbsent(value.header(), header -> String.join("/", paths.computeIfAbsent(header, TableWords::path)));
    }

    /** Whether the value's column counts rows rather than money: 行次, 栏次. */
    boolean ordinal(TableValue value) {
        return ordinals.computeIfAbsent(value.header(), any -> {
            String header = header(value);
            return header.contains("行次") || header.contains("栏次") || header.contains("序号");
        });
    }

    /** The money values of a line, in order: every value but the row ordinals (行次). */
    List<TableValue> money(TableLine line) {
        List<TableValue> found = money.get(line);
        if (found == null) {
            List<TableValue> values = new ArrayList<>();
            for (TableValue value : line.values()) {
                if (!ordinal(value)) {
                    values.add(value);
                }
            }
            found = List.copyOf(values);
            money.put(line, found);
        }
        return found;
    }
}
