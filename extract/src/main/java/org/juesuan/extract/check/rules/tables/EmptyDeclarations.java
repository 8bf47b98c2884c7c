package org.juesuan.extract.check.rules.tables;

import java.util.Map;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableKind;

/**
 * Whether a document declares a table empty: 本表为空表, 故本表无数据, 无此项收支, 本单位无政府性基金预算财政拨款
 * 收入… — in the table's cells, in its notes, in the lines printed right after it, or (for a table
 * left out) anywhere in the text next to the table's own subject.
 */
final class EmptyDeclarations {
    /** A note saying a table holds nothing: 本表为空表 · 故本表无数据 · 无此项收支 · 本单位无… · 未发生 · 不涉及. */
    static final Pattern EMPTY_NOTE = Pattern.compile("空表|无数据|无此项|本(?:部门|单位)(?:本年度|20\\d\\d年度?)?(?:无|没有|未)|未发生|不涉及|无相关");
    /** A note saying this very table is empty: 本表为空表 · 故本表无数据 · 此表为空 (not 本单位无… of one fund alone). */
    private static final Pattern TABLE_EMPTY = Pattern.compile("[本此该]表(?:为|是)?空表|[本此该]表(?:为空|无数据)");
    /** The subject words of the tables whose absence is usually declared. */
    private static final Map<TableKind, String> SUBJECTS = Map.of(
            TableKind.GOVERNMENT_FUND, "政府性基金",
            TableKind.STATE_CAPITAL, "国有资本经营",
            TableKind.THREE_PUBLIC, "三公");
    /** How many blocks after a table may hold its note (注：…). */
    private static final int NOTE_BLOCKS = 2;

    private EmptyDeclarations() {
    }

    /** Whether the table, or the lines just after it, say it is empty. */
    static boolean declaredInOrAfter(CheckInput input, Table table) {
        return table.notes().stream().anyMatch(n -> EMPTY_NOTE.matcher(TableWords.fold(n)).find())
                || printedWith(input, table, EMPTY_NOTE, false).isPresent();
    }

    /**
     * The note printed in the table's cells or right after it (up to the next table) that says this
     * table is empty, as printed; empty when there is none.
     */
    static java.util.Optional<String> tableSaidEmpty(CheckInput input, Table table) {
        return printedWith(input, table, TABLE_EMPTY, true);
    }

    /**
     * The first of the table's cells, then of the {@link #NOTE_BLOCKS} blocks after it, whose text the
     * pattern finds, as printed; {@code untilTable}: the blocks stop at the next table.
     */
    private static java.util.Optional<String> printedWith(CheckInput input, Table table, Pattern pattern, boolean untilTable) {
        for (TableCell cell : table.cells()) {
            if (pattern.matcher(TableWords.fold(cell.text())).find()) {
                return java.util.Optional.of(cell.text().strip());
            }
        }
        var blocks = input.disclosure().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(table.blockId())) {
                for (int j = i + 1; j < Math.min(blocks.size(), i + 1 + NOTE_BLOCKS); j++) {
                    if (untilTable && blocks.get(j).kind() == BlockKind.TABLE) {
                        break;
                    }
                    if (pattern.matcher(TableWords.fold(blocks.get(j).text())).find()) {
                        return java.util.Optional.of(blocks.get(j).text().strip());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the text says the unit has nothing of the kind's subject (本单位无政府性基金…), for a table left out. */
    static boolean declaredInText(CheckInput input, TableKind kind) {
        String subject = SUBJECTS.get(kind);
        if (subject == null) {
            return false;
        }
        Pattern none = Pattern.compile("(?:无|没有|未安排|未发生|不涉及)[^。；;]{0,20}" + subject + "|" + subject
                + "[^。；;]{0,40}(?:空表|无数据|为0|为零|无此项|未发生|不涉及)");
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() != BlockKind.TABLE && none.matcher(TableWords.fold(block.text())).find()) {
                return true;
            }
        }
        return false;
    }
}
