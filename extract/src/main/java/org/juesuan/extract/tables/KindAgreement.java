package org.juesuan.extract.tables;

import java.util.Optional;
import org.juesuan.model.TableKind;

/**
 * Whether the kind a caption names agrees with the table under it. A caption that belongs to the
 * table before or after (a PDF whose caption was read out of place) would make the rules check one
 * table's lines against another's identities: the summaries have two panels, the 收入 / 支出 /
 * 功能分类 tables one, and where the columns name a kind of the nine, it must look like the caption's.
 */
final class KindAgreement {
    private KindAgreement() {
    }

    /**
     * Kinds whose columns look alike and are told apart only by their caption: the two summaries;
     * the 功能分类 tables (支出, 一般公共预算, 政府性基金, 国有资本经营); each of the others alone.
     */
    private static int family(TableKind kind) {
        return switch (kind) {
            case INCOME_EXPENDITURE_SUMMARY, FISCAL_SUMMARY -> 1;
            case EXPENDITURE, GENERAL_BUDGET_EXPENDITURE, GOVERNMENT_FUND, STATE_CAPITAL -> 3;
            default -> 10 + kind.number();
        };
    }

    /** Why the caption's kind does not fit the table, or empty when it fits. */
    static Optional<String> disagreement(TableKind named, TableKind byColumns, ColumnLayout layout) {
        if (!named.isNine()) {
            return Optional.empty();
        }
        int panels = layout.panels().size();
        boolean twoSided = named == TableKind.INCOME_EXPENDITURE_SUMMARY || named == TableKind.FISCAL_SUMMARY;
        boolean oneSided = named == TableKind.INCOME || named == TableKind.EXPENDITURE
                || named == TableKind.GENERAL_BUDGET_EXPENDITURE;
        if (twoSided && panels != 2 || oneSided && panels != 1) {
            return Optional.of("表名所示" + named.chineseName() + "应有" + (twoSided ? "左右两组" : "一组")
                    + "项目列，表中读出" + panels + "组，表名可能与表格错配");
        }
        if (byColumns.isNine() && family(byColumns) != family(named)) {
            return Optional.of("表名所示" + named.chineseName() + "与表头所示" + byColumns.chineseName()
                    + "不符，表名可能与表格错配");
        }
        return Optional.empty();
    }
}
