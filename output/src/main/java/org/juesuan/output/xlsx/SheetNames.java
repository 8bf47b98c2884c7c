package org.juesuan.output.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \},
 * not starting or ending with an apostrophe, not "History", and unique ignoring case (Excel
 * compares sheet names that way). A taken name gets ~2, ~3 … within the 31 characters.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;
    /** What Excel refuses in a sheet name: 2024年[附表]  ·  收入/支出  ·  单位:万元. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\\\u0000-\\u001f]");
    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        for (String name : reserved) {
            taken.add(key(name));
        }
        taken.add(key("History"));
    }

    /** A unique, valid name as close to {@code wanted} as the rules allow. */
    String claim(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String clean(String wanted) {
        String name = FORBIDDEN.matcher(wanted).replaceAll("_").strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        name = cut(name, MAX_LENGTH);
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isBlank() ? "表格" : name.strip();
    }

    /** At most {@code length} characters, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
