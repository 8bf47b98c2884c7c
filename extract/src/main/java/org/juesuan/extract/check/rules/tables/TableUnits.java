package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.Optional;
import org.juesuan.model.Table;

/** Money units of tables and how a table is named in a message. */
final class TableUnits {
    private static final BigDecimal YUAN = new BigDecimal("0.0001");
    private static final BigDecimal THOUSAND = new BigDecimal("0.1");

    private TableUnits() {
    }

    /** The factor that turns an amount in the unit into 万元; empty for an unknown unit. */
    static Optional<BigDecimal> toTenThousands(String unit) {
        String folded = TableWords.fold(unit);
        if (folded.endsWith("亿元")) {
            return Optional.of(new BigDecimal("10000"));
        }
        if (folded.endsWith("万元")) {
            return Optional.of(BigDecimal.ONE);
        }
        if (folded.endsWith("千元")) {
            return Optional.of(THOUSAND);
        }
        if (folded.endsWith("元")) {
            return Optional.of(YUAN);
        }
        return Optional.empty();
    }

    /** The caption as printed without spaces, or the canonical name of its kind when it has none. */
    static String name(Table table) {
        String caption = TableWords.fold(table.caption());
        return caption.isEmpty() ? table.kind().chineseName() : caption;
    }
}
