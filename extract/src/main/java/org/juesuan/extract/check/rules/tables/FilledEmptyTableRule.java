package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;

/**
 * 空表说明与表中数字矛盾: one of the nine whose note says the table is empty (注：本部门2024年无“三公”经费和
 * 机关运行经费预算，故本表为空表) while the table prints amounts other than zero — a template's note left
 * under a filled table, or a table filled where nothing was to be. Either the note or the figures are
 * wrong: a warning. Only a trusted table counts.
 */
public final class FilledEmptyTableRule implements Rule {
    @Override
    public String id() {
        return "table-filled-empty-note";
    }

    @Override
    public String chineseName() {
        return "空表说明与表中数字矛盾";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Table table : new ReadTables(input).all().stream().filter(ReadTables::trusts).toList()) {
            boolean amounts = table.lines().stream().flatMap(l -> l.values().stream())
                    .anyMatch(v -> v.kind() == CellValueKind.NUMBER && v.value().signum() != 0);
            if (!amounts) {
                continue;
            }
            // the message names no amount: the finding stays the same one while the table's figures change
            Optional<String> note = EmptyDeclarations.tableSaidEmpty(input, table);
            note.ifPresent(said -> issues.add(TableIssues.atTable(input.disclosure(), table, Severity.WARNING,
                    TableUnits.name(table) + "注明“" + said + "”，但表中列有非零数字，说明与数字必有一误")));
        }
        return issues;
    }
}
