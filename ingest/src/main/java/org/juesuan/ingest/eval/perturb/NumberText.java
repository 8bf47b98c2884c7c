package org.juesuan.ingest.eval.perturb;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Changes a printed number the way the defects do, and prints it back in the same style (commas, decimals). */
final class NumberText {
    private NumberText() {
    }

    /** One digit, not the last, raised by 1–9 (wrapping, never to a leading 0): 2,106.66 → 2,136.66. */
    static String changed(String raw, Random random) {
        List<Integer> digits = digitPositions(raw);
        List<Integer> choices = digits.size() > 1 ? digits.subList(0, digits.size() - 1) : digits;
        int at = choices.get(random.nextInt(choices.size()));
        int old = raw.charAt(at) - '0';
        int next = old;
        while (next == old || (at == digits.get(0) && next == 0 && digits.size() > 1)) {
            next = (old + 1 + random.nextInt(9)) % 10;
        }
        return raw.substring(0, at) + (char) ('0' + next) + raw.substring(at + 1);
    }

    /** Two adjacent different digits swapped (326.71 → 362.71), or null when the number has none. */
    static String swapped(String raw, Random random) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < raw.length(); i++) {
            char a = raw.charAt(i);
            char b = raw.charAt(i + 1);
            boolean leadingZero = i == digitPositions(raw).get(0) && b == '0';
            if (Character.isDigit(a) && Character.isDigit(b) && a != b && !leadingZero) {
                pairs.add(i);
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        int i = pairs.get(random.nextInt(pairs.size()));
        return raw.substring(0, i) + raw.charAt(i + 1) + raw.charAt(i) + raw.substring(i + 2);
    }

    /** One unit of the last printed digit more: 21.63 → 21.64, 9,501,164 → 9,501,165. */
    static String oneUnitMore(String raw) {
        String plain = raw.strip().replace(",", "");
        BigDecimal value = new BigDecimal(plain);
        BigDecimal next = value.add(BigDecimal.ONE.movePointLeft(value.scale()));
        StringBuilder pattern = new StringBuilder(raw.contains(",") ? "#,##0" : "0");
        if (value.scale() > 0) {
            pattern.append('.').append("0".repeat(value.scale()));
        }
        return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(next);
    }

    private static List<Integer> digitPositions(String raw) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isDigit(raw.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }
}
