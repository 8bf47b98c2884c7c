package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How one document prints money. Every amount is held exactly in 万元 with two decimals; each style
 * prints it without losing a digit, so the identities that hold for the held values hold for the
 * printed ones.
 */
enum MoneyStyle {
    /** 261.74万元, the usual form. */
    WAN,
    /** 1,261.74万元. */
    WAN_SEPARATED,
    /** 261.74 万元, as PDF text often has it. */
    WAN_SPACED,
    /** 2,617,400.00元. */
    YUAN,
    /** 0.026174亿元: six decimals, exact. */
    YI;

    String print(BigDecimal wan) {
        BigDecimal exact = wan.setScale(2, RoundingMode.UNNECESSARY);
        return switch (this) {
            case WAN -> exact.toPlainString() + "万元";
            case WAN_SEPARATED -> grouped(exact, "#,##0.00") + "万元";
            case WAN_SPACED -> exact.toPlainString() + " 万元";
            case YUAN -> grouped(exact.movePointRight(4), "#,##0.00") + "元";
            case YI -> exact.movePointLeft(4).setScale(6, RoundingMode.UNNECESSARY).toPlainString() + "亿元";
        };
    }

    private static String grouped(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }
}
