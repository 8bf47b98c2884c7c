package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each column of a table's body holds — classification codes, line names or values — and the
 * panels they make: code columns, then a name column, then its value columns. The two-sided
 * summary tables (收入 left, 支出 right) and the two-sided 基本支出 table give two panels.
 */
final class ColumnLayout {
    /** A classification code cell: 201 · 20101 · 2010101 · 01 (a 款 or 项 column) · 30201. */
    static final Pattern CODE = Pattern.compile("\\d{2,7}");
    /** The column labels a code column prints in its first body row: 类 款 项 (and 类款项). */
    static final Pattern CODE_LABEL = Pattern.compile("[类款项]+");

    /** A header naming the lines of a panel: 项目 · 科目名称 · 功能分类科目名称 · 名称 · 支出功能分类科目 (not 项目支出). */
    static final Pattern LINE_NAMES = Pattern.compile("^(?:项目|.*名称|.*科目)$");

    enum Role { EMPTY, CODE, NAME, VALUE }

    /** One panel: its code columns, its name column (-1 when the table prints no names), its value columns. */
    record Panel(List<Integer> codeColumns, int nameColumn, List<Integer> valueColumns) {
        Panel {
            codeColumns = List.copyOf(codeColumns);
            valueColumns = List.copyOf(valueColumns);
        }
    }

    private final List<Role> roles;
    private final List<Panel> panels;

    private ColumnLayout(List<Role> roles, List<Panel> panels) {
        this.roles = List.copyOf(roles);
        this.panels = List.copyOf(panels);
    }

    List<Role> roles() {
        return roles;
    }

    List<Panel> panels() {
        return panels;
    }

    static ColumnLayout read(Grid grid, Header header) {
        List<Role> roles = new ArrayList<>();
        List<Boolean> labelled = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            roles.add(role(grid, c, header.rows()));
            labelled.add(codeLabelled(grid, c, header));
        }
        List<Panel> panels = new ArrayList<>();
        List<Integer> names = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            boolean startsPanel = c == 0 || roles.get(c - 1) != Role.NAME;
            if (roles.get(c) == Role.NAME && startsPanel && (names.isEmpty() || namesLines(header, c))) {
                names.add(c);
            } else if (roles.get(c) == Role.NAME) {
                roles.set(c, Role.VALUE);
            }
        }
        if (names.isEmpty()) {
            List<Integer> values = new ArrayList<>();
            for (int c = 0; c < roles.size(); c++) {
                values.add(c);
            }
            panels.add(new Panel(List.of(), -1, values));
            return new ColumnLayout(roles, panels);
        }
        for (int i = 0; i < names.size(); i++) {
            int name = names.get(i);
            int end = i + 1 < names.size() ? codeStart(roles, labelled, names.get(i + 1)) : roles.size();
            List<Integer> codes = new ArrayList<>();
            for (int c = codeStart(roles, labelled, name); c < name; c++) {
                codes.add(c);
                roles.set(c, Role.CODE);
            }
            List<Integer> values = new ArrayList<>();
            for (int c = name + 1; c < end; c++) {
                values.add(c);
            }
            panels.add(new Panel(codes, name, values));
        }
        return new ColumnLayout(roles, panels);
    }

    /**
     * The first code column before a name column: code-shaped columns, and empty ones labelled 类 / 款 /
     * 项 / 编码 (in the header or the first body row), reaching back to it.
     */
    private static int codeStart(List<Role> roles, List<Boolean> labelled, int name) {
        int start = name;
        while (start > 0 && (roles.get(start - 1) == Role.CODE
                || roles.get(start - 1) == Role.EMPTY && labelled.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Whether a column's header says it names lines (项目, 科目名称, 名称): a second panel starts only
     * at such a column, never at a value column that happens to hold words.
     */
    private static boolean namesLines(Header header, int column) {
        List<String> path = header.paths().get(column);
        return path.isEmpty() || path.stream().anyMatch(p -> LINE_NAMES.matcher(p).matches());
    }

    /** Whether a column's header or body prints a code label: 类, 款, 项, 科目编码, 代码. */
    private static boolean codeLabelled(Grid grid, int column, Header header) {
        if (String.join("", header.paths().get(column)).matches(".*(?:[类款项]$|编码|代码).*")) {
            return true;
        }
        for (int r = header.rows(); r < grid.rows(); r++) {
            if (CODE_LABEL.matcher(grid.text(r, column)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Role role(Grid grid, int column, int bodyFrom) {
        int codes = 0;
        int values = 0;
        int texts = 0;
        for (int r = bodyFrom; r < grid.rows(); r++) {
            String text = grid.text(r, column);
            if (text.isEmpty() || CODE_LABEL.matcher(text).matches()) {
                continue;
            }
            if (CODE.matcher(text).matches()) {
                codes++;
            } else if (CellValueReader.isValueLike(text)) {
                values++;
            } else {
                texts++;
            }
        }
        if (codes + values + texts == 0) {
            return Role.EMPTY;
        }
        if (texts > codes + values) {
            return Role.NAME;
        }
        if (codes >= 4 * (values + texts) && codes > 0 && codes >= values) {
            return Role.CODE;
        }
        return Role.VALUE;
    }
}
