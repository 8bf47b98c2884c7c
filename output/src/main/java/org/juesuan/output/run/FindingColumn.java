package org.juesuan.output.run;

import java.math.BigDecimal;
import java.util.function.Function;
import org.juesuan.model.ValueRange;

/**
 * The columns of the findings table, shared by the workbook and the CSV so the two never drift.
 * A value is a String, an Integer or a BigDecimal (numbers stay numbers), or null when absent.
 */
public enum FindingColumn {
    DOCUMENT("文件", r -> r.document().document().sourceName()),
    ORGANIZATION("单位", r -> r.document().document().organization()),
    YEAR("年度", r -> r.document().document().fiscalYear()),
    RULE("规则", r -> r.finding().ruleName()),
    RULE_ID("规则编号", r -> r.finding().ruleId()),
    SEVERITY("严重程度", r -> SeverityLabel.of(r.finding().severity())),
    MESSAGE("说明", r -> r.finding().message()),
    STATED("文中数值", r -> r.finding().stated()),
    EXPECTED("应为", r -> r.finding().expected()),
    EXPECTED_LOW("应为下限", r -> bound(r.finding().expectedRange(), true)),
    EXPECTED_HIGH("应为上限", r -> bound(r.finding().expectedRange(), false)),
    PAGE("页码", r -> r.finding().evidence().page()),
    SECTION("章节", r -> r.finding().evidence().sectionPath()),
    SENTENCE("原句", r -> r.finding().evidence().sentence()),
    FINDING_ID("问题编号", r -> r.finding().id()),
    FINGERPRINT("指纹", r -> r.finding().fingerprint()),
    /** The table cells the finding cites, t3 R6C2 (see {@link CellLabel}); null for a narrative finding. */
    CELLS("单元格", r -> r.finding().cells().isEmpty() ? null : CellLabel.list(r.finding().cells()));

    private final String header;
    private final Function<FindingRow, Object> value;

    FindingColumn(String header, Function<FindingRow, Object> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public Object value(FindingRow row) {
        return value.apply(row);
    }

    private static BigDecimal bound(ValueRange range, boolean low) {
        if (range == null) {
            return null;
        }
        return low ? range.low() : range.high();
    }
}
