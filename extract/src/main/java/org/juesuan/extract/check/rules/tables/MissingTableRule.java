package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.BlockKind;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;

/**
 * 九张表缺失: each of the nine tables must be published, an empty one with its note. Judged only
 * when the document's tables were read at all (at least {@value #READ_AT_LEAST} of the nine
 * identified), so a layout the reader cannot follow does not produce nine "missing" errors. A
 * table the text declares empty (本单位无政府性基金预算财政拨款收入…) must still be printed, marked
 * empty: left out, it is a warning, not an error. The 国有资本经营 table, absent from older
 * templates, is a warning — and only an INFO when the document lists its tables in its contents and
 * never names 国有资本经营 at all, table, contents line or note: then it follows a set without that
 * table (江苏's 2019 budget lists twelve tables, none for it), and the reviewer is only told so.
 */
public final class MissingTableRule implements Rule {
    static final int READ_AT_LEAST = 3;
    /** The longest text read as a table's caption. */
    private static final int CAPTION_LENGTH = 60;
    /** Rows of an unnamed table searched for a subject when its header is not known. */
    private static final int HEADER_ROWS = 3;
    /** The words that show a table's subject, for a table the reader could not name. */
    private static final Map<TableKind, String> SUBJECTS = Map.of(
            TableKind.INCOME_EXPENDITURE_SUMMARY, "收支",
            TableKind.INCOME, "收入",
            TableKind.EXPENDITURE, "支出",
            TableKind.FISCAL_SUMMARY, "财政拨款",
            TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算",
            TableKind.GENERAL_BUDGET_BASIC, "基本支出",
            TableKind.THREE_PUBLIC, "三公",
            TableKind.GOVERNMENT_FUND, "政府性基金",
            TableKind.STATE_CAPITAL, "国有资本经营");

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
            if (!kind.isNine() || found.contains(kind) || perhapsUnidentified(tables.all(), kind) || captionedApart(input, kind)) {
                continue;
            }
            Table anchor = anchor(tables.all(), kind);
            boolean declared = EmptyDeclarations.declaredInText(input, kind);
            if (kind == TableKind.STATE_CAPITAL && templateWithout(input, kind)) {
                issues.add(TableIssues.atTable(input.disclosure(), anchor, Severity.INFO, "未找到表" + kind.number() + "“"
                        + name(input, kind) + "”，目录所列各表及全文均未提及" + SUBJECTS.get(kind) + "（较早的公开格式无此表）；"
                        + "如本年度适用含此表的格式，无数据也应列示并注明为空表"));
                continue;
            }
            Severity severity = kind == TableKind.STATE_CAPITAL || declared ? Severity.WARNING : Severity.ERROR;
            issues.add(TableIssues.atTable(input.disclosure(), anchor, severity, "未找到表" + kind.number() + "“" + name(input, kind)
                    + "”；" + (declared ? "文中说明无此项收支，但" : "") + "无数据的表也应列示并注明为空表"));
        }
        return issues;
    }

    /**
     * Whether a table the reader could not name carries the missing kind's subject in its caption or
     * header (a 三公 table printed as “三公”经费和机关运行经费预算表): then the table may well be there.
     */
    private static boolean perhapsUnidentified(List<Table> tables, TableKind kind) {
        String subject = SUBJECTS.get(kind);
        for (Table table : tables) {
            if (table.kind() != TableKind.OTHER) {
                continue;
            }
            StringBuilder top = new StringBuilder(table.caption());
            table.cells().stream().filter(c -> c.row() < Math.max(HEADER_ROWS, table.headerRows())).forEach(c -> top.append(c.text()));
            if (TableWords.fold(top.toString()).contains(subject)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a caption of the kind stands in the text outside any table and outside the table of
     * contents (2025年单位“三公”经费和机关运行经费预算表 printed as a heading above a grid the reader
     * joined to the table before it): then the table is there, just not read apart. Only for the
     * tables whose subject no other table's caption shares.
     */
    private static boolean captionedApart(CheckInput input, TableKind kind) {
        if (kind.number() < TableKind.GENERAL_BUDGET_BASIC.number()) {
            return false;
        }
        String subject = SUBJECTS.get(kind);
        return input.disclosure().blocks().stream()
                .filter(b -> b.kind() != BlockKind.TABLE && b.kind() != BlockKind.TOC && b.text().length() <= CAPTION_LENGTH)
                .map(b -> TableWords.fold(b.text()))
                .anyMatch(t -> t.endsWith("表") && t.contains(subject));
    }

    /**
     * Whether the document follows a set of tables without the kind: its contents list at least
     * {@value #READ_AT_LEAST} tables, and the kind's subject appears nowhere in its text.
     */
    private static boolean templateWithout(CheckInput input, TableKind kind) {
        long listed = input.disclosure().blocks().stream()
                .filter(b -> b.kind() == BlockKind.TOC && TableWords.fold(b.text()).endsWith("表")).count();
        return listed >= READ_AT_LEAST && !TableWords.fold(input.disclosure().text()).contains(SUBJECTS.get(kind));
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

    /** The table's name as the document's kind names it: a budget's tables are 预算表, not 决算表. */
    private static String name(CheckInput input, TableKind kind) {
        if (input.disclosure().document().kind() != DocumentKind.BUDGET) {
            return kind.chineseName();
        }
        return switch (kind) {
            case INCOME_EXPENDITURE_SUMMARY -> "财务收支预算总表";
            case INCOME -> "收入预算总表";
            case EXPENDITURE -> "支出预算总表";
            case FISCAL_SUMMARY -> "财政拨款收支预算总表";
            case GENERAL_BUDGET_EXPENDITURE -> "一般公共预算支出功能分类预算表";
            case GENERAL_BUDGET_BASIC -> "一般公共预算基本支出经济分类预算表";
            case THREE_PUBLIC -> "“三公”经费和机关运行经费预算表";
            case GOVERNMENT_FUND -> "政府性基金预算支出功能分类预算表";
            case STATE_CAPITAL -> "国有资本经营预算支出功能分类预算表";
            case OTHER -> kind.chineseName();
        };
    }
}
