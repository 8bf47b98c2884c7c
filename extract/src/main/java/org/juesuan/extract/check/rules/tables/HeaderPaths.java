package org.juesuan.extract.check.rules.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
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
        String header = header(value);
        return header.contains("行次") || header.contains("栏次") || header.contains("序号");
    }
}
