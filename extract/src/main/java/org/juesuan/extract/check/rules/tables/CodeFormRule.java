package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.CellRef;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * 科目编码不规范: a function code is 3 (类), 5 (款) or 7 (项) digits, an economic code 3 or 5; and a
 * line's code starts with the code of the line it is listed under (2080505 under 20805, not under
 * 20806). A malformed code is a warning; a code filed under another parent is an error.
 */
public final class CodeFormRule implements Rule {
    private static final Set<TableKind> FUNCTION = EnumSet.of(TableKind.INCOME, TableKind.EXPENDITURE,
            TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);
    /** Function codes: 201 · 20101 · 2010101. */
    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    /** Economic codes: 301 · 30101. */
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}(?:\\d{2})?");

    @Override
    public String id() {
        return "table-code-form";
    }

    @Override
    public String chineseName() {
        return "科目编码不规范";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        ReadTables tables = new ReadTables(input);
        for (Table table : tables.trusted(EnumSet.of(TableKind.GENERAL_BUDGET_BASIC, TableKind.INCOME, TableKind.EXPENDITURE,
                TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL))) {
            Pattern form = FUNCTION.contains(table.kind()) ? FUNCTION_CODE : ECONOMIC_CODE;
            List<TableLine> previous = new ArrayList<>();
            for (TableLine line : table.lines()) {
                if (line.code().isEmpty()) {
                    continue;
                }
                if (!form.matcher(line.code()).matches()) {
                    issues.add(TableIssues.atLine(input.disclosure(), table, line, Severity.WARNING, TableUnits.name(table) + "科目编码“"
                            + line.code() + "”（" + TableWords.fold(line.name()) + "）位数不符，应为"
                            + (form == FUNCTION_CODE ? "3位（类）、5位（款）或7位（项）" : "3位（类）或5位（款）"), line.code(), null, List.of()));
                    continue;
                }
                parentOf(line, previous).filter(p -> !line.code().startsWith(p.code())).ifPresent(parent -> issues.add(
                        TableIssues.atLine(input.disclosure(), table, line, Severity.ERROR, TableUnits.name(table) + "科目“" + line.code()
                                + " " + TableWords.fold(line.name()) + "”列在“" + parent.code() + " " + TableWords.fold(parent.name())
                                + "”之下，但编码不以上级编码" + parent.code() + "开头", line.code(), null,
                                List.of(new CellRef(table.id(), parent.row(), 0)))));
                previous.add(line);
            }
        }
        return issues;
    }

    /** The nearest line above in the same panel with a shorter code: the line this one is listed under. */
    private static java.util.Optional<TableLine> parentOf(TableLine line, List<TableLine> previous) {
        for (int i = previous.size() - 1; i >= 0; i--) {
            TableLine above = previous.get(i);
            if (above.panel() == line.panel() && above.code().length() < line.code().length()) {
                return java.util.Optional.of(above);
            }
        }
        return java.util.Optional.empty();
    }
}
