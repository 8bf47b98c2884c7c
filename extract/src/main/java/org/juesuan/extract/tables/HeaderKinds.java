package org.juesuan.extract.tables;

import java.util.List;
import org.juesuan.model.TableKind;

/**
 * Which of the nine a table is by its columns, when its caption is missing or names none: the
 * 三公 columns, the two panels of the summaries, the sources of 收入决算表, the uses of 支出决算表…
 * The 政府性基金 and 国有资本经营 tables share one header, so the header alone never names them.
 */
final class HeaderKinds {
    private HeaderKinds() {
    }

    static TableKind kindOf(Header header, ColumnLayout layout, List<String> names) {
        String text = String.join("|", header.paths().stream().map(p -> String.join("/", p)).toList());
        boolean twoPanels = layout.panels().size() == 2;
        if (text.contains("因公出国") && text.contains("公务接待")) {
            return TableKind.THREE_PUBLIC;
        }
        if (twoPanels && text.contains("收入") && text.contains("支出")) {
            return text.contains("一般公共预算财政拨款") || text.contains("政府性基金预算财政拨款")
                    ? TableKind.FISCAL_SUMMARY : TableKind.INCOME_EXPENDITURE_SUMMARY;
        }
        if (text.contains("经济分类") || twoPanels && names.stream().anyMatch(n -> n.contains("人员经费"))) {
            return TableKind.GENERAL_BUDGET_BASIC;
        }
        if (text.contains("年初结转和结余") && text.contains("年末结转和结余")) {
            return TableKind.OTHER;
        }
        if (text.contains("本年收入合计") || text.contains("财政拨款收入") && text.contains("事业收入")) {
            return TableKind.INCOME;
        }
        if (text.contains("基本支出") && text.contains("项目支出")
                && (text.contains("上缴上级支出") || text.contains("经营支出") || text.contains("本年支出合计"))) {
            return TableKind.EXPENDITURE;
        }
        if (text.contains("基本支出") && text.contains("项目支出") && text.contains("功能分类")) {
            return TableKind.GENERAL_BUDGET_EXPENDITURE;
        }
        return TableKind.OTHER;
    }
}
