package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;

/**
 * 空表未说明: one of the nine tables printed without a single number must say why (注：本单位无政府性
 * 基金预算财政拨款收入、支出，故本表为空表). Only a trusted table counts: an empty reading of a table
 * the reader could not rebuild says nothing about the document.
 */
public final class EmptyTableNoteRule implements Rule {
    @Override
    public String id() {
        return "table-empty-note";
    }

    @Override
    public String chineseName() {
        return "空表未说明";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Table table : new ReadTables(input).all()) {
            boolean empty = table.kind().isNine() && table.confident() && !table.lines().isEmpty()
                    && table.lines().stream().flatMap(l -> l.values().stream()).noneMatch(v -> v.kind() == CellValueKind.NUMBER);
            if (empty && !EmptyDeclarations.declaredInOrAfter(input, table)
                    && !EmptyDeclarations.declaredInText(input, table.kind())) {
                issues.add(TableIssues.atTable(input.disclosure(), table, Severity.WARNING, TableUnits.name(table)
                        + "未填列任何数字，也未注明为空表及其原因"));
            }
        }
        return issues;
    }
}
