package org.juesuan.extract.check.rules.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.TableValue;

/**
 * The words of table headers and line names in one form, so a rule matches by meaning: simplified
 * characters, ASCII brackets, no spaces, line breaks or quotes (“本年收入合\n计” reads 本年收入合计).
 */
final class TableWords {
    /**
     * Spaces, line breaks and quotes a PDF or a Word cell puts inside a name: 合  计, “三公”. The chars
     * of the regex class [\\s“”"'‘’　]; matched by a scan, since the rules fold every header of every
     * value they read, many times a document.
     */
    private static final String NOISE = " \t\n\u000B\f\r“”\"'‘’　";
    /** Leading list numbering of a line name: 一、 · 十九、 · (一) · 1.; the name is what follows. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])");
    /** The separator the model puts between the levels of a header path. */
    private static final String LEVELS = " / ";

    private TableWords() {
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = TextFolder.fold(text.charAt(i));
            if (NOISE.indexOf(c) < 0) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** A line name without its list numbering: 一、一般公共服务支出 → 一般公共服务支出. */
    static String bareName(String name) {
        String folded = fold(name);
        // the numbering is anchored at the start: matched there alone, not tried at every char as a search would
        Matcher numbering = NUMBERING.matcher(folded);
        return numbering.lookingAt() ? folded.substring(numbering.end()) : folded;
    }

    /** Whether the name carries list numbering (一、 …): an item of a side rather than a side's sum. */
    static boolean numbered(String name) {
        return NUMBERING.matcher(fold(name)).lookingAt();
    }

    /**
     * The header path of a value joined back, folded, worked out afresh: for a finding's message (the
     * rules read headers through {@link HeaderPaths}, which folds each once).
     */
    static String header(TableValue value) {
        return String.join("/", path(value.header()));
    }

    /** A header path as the model prints it (levels joined by " / "), level by level, folded. */
    static List<String> path(String header) {
        if (header.isBlank()) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        int from = 0;
        while (from <= header.length()) {
            int end = header.indexOf(LEVELS, from);
            String level = fold(header.substring(from, end < 0 ? header.length() : end));
            if (!level.isEmpty()) {
                path.add(level);
            }
            from = end < 0 ? header.length() + 1 : end + LEVELS.length();
        }
        return List.copyOf(path);
    }
}
