package org.juesuan.extract.check.rules.tables;

import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;

/**
 * Whether a document is a budget (部门预算) rather than final accounts: its tables say 预算 and none
 * says 决算 (2025年预算单位财务收支预算总表), or, without captions, its opening says so. A budget has the
 * same nine tables but not the final-accounts duties (团组 and 人次 of trips made, vehicles kept).
 */
final class Genre {
    /** How much of the opening text names the document. */
    private static final int OPENING = 300;

    private Genre() {
    }

    static boolean isBudget(Disclosure disclosure) {
        List<String> captions = disclosure.tables().stream().map(Table::caption).map(TableWords::fold)
                .filter(c -> !c.isEmpty()).toList();
        if (!captions.isEmpty()) {
            return captions.stream().noneMatch(c -> c.contains("决算")) && captions.stream().anyMatch(c -> c.contains("预算"));
        }
        String opening = TableWords.fold(disclosure.text().substring(0, Math.min(OPENING, disclosure.text().length())));
        return opening.contains("预算") && !opening.contains("决算");
    }
}
