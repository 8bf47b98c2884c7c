package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;

/**
 * 九张表缺失: each of the nine tables must be published, an empty one with its note. Judged only
 * when the document's tables were read at all (at least {@value #READ_AT_LEAST} of the nine
 * identified), so a layout the reader cannot follow does not produce nine "missing" errors; a
 * table the text declares empty (本单位无政府性基金预算财政拨款收入…) is not asked for. The 国有资本经营
 * table, absent from older templates, is a warning.
 */
public final class MissingTableRule implements Rule {
    static final int READ_AT_LEAST = 3;

    @Override
    public String id() {
        return "table-missing";
    }

    @Override
    public String chineseName() {
        return "九张表缺失";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        ReadTables tables = new ReadTables(input);
        Set<TableKind> found = tables.identified();
        List<Issue> issues = new ArrayList<>();
        if (found.size() < READ_AT_LEAST) {
            return issues;
        }
        for (TableKind kind : TableKind.values()) {
            if (!kind.isNine() || found.contains(kind) || EmptyDeclarations.declaredInText(input, kind)) {
                continue;
            }
            Table anchor = anchor(tables.all(), kind);
            Severity severity = kind == TableKind.STATE_CAPITAL ? Severity.WARNING : Severity.ERROR;
            issues.add(TableIssues.atTable(input.disclosure(), anchor, severity, "未找到表" + kind.number() + "“" + kind.chineseName()
                    + "”；无数据的表也应列示并注明为空表"));
        }
        return issues;
    }

    /** The table after which the missing one would stand: the last of the nine before it, else the first. */
    private static Table anchor(List<Table> tables, TableKind missing) {
        Table first = null;
        Table before = null;
        for (Table table : tables) {
            if (table.kind().isNine()) {
                first = first == null ? table : first;
                before = table.kind().number() < missing.number() ? table : before;
            }
        }
        return before != null ? before : first;
    }
}
