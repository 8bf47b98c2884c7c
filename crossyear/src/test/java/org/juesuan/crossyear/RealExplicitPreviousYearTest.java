package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.model.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * The real documents read for explicit previous-year values. By hand (pdftotext, every sentence naming 上年 or
 * the year before): the two real 2024 final accounts state none outright (their 2023 figures are implied by
 * changes, or 持平 without a figure); the 万里街道 budgets name the year before only as 当年预算执行数, last year's
 * execution, which their previous budget does not state. So no explicit value, and the real pairs stay silent.
 */
class RealExplicitPreviousYearTest {
    private static final RealDocuments DOCUMENTS = new RealDocuments();

    @Test
    void noRealSentenceStatesAPreviousYearValueOutright() throws Exception {
        for (String path : List.of("real/putuo-finance-bureau-2024.pdf", "real/putuo-planning-resources-2024.pdf",
                "real/budget/putuo-wanli-2023-budget.pdf", "real/budget/putuo-wanli-2024-budget.pdf",
                "real/budget/putuo-wanli-2025-budget.pdf")) {
            Disclosure d = DOCUMENTS.check(RealDocuments.shared(path));
            List<String> explicit = YearFigures.of(d).orElseThrow().implied().stream().filter(ImpliedPrevious::explicit)
                    .map(i -> i.metric() + " " + i.stated() + ": " + i.evidence().sentence()).toList();
            assertEquals(List.of(), explicit, path);
        }
    }
}
