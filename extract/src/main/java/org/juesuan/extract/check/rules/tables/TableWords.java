package org.juesuan.extract.check.rules.tables;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.TableValue;

/**
 * The words of table headers and line names in one form, so a rule matches by meaning: simplified
 * characters, ASCII brackets, no spaces, line breaks or quotes (“本年收入合\n计” reads 本年收入合计).
 */
final class TableWords {
    /** Spaces, line breaks and quotes a PDF or a Word cell puts inside a name: 合  计, “三公”. */
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’　]");
    /** Leading list numbering of a line name: 一、 · 十九、 · (一) · 1.; the name is what follows. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])");
    /** The separator the model puts between the levels of a header path. */
    private static final String LEVELS = " / ";

    private TableWords() {
    }

    static String fold(String text) {
        return NOISE.matcher(TextFolder.fold(text)).replaceAll("");
    }

    /** A line name without its list numbering: 一、一般公共服务支出 → 一般公共服务支出. */
    static String bareName(String name) {
        return NUMBERING.matcher(fold(name)).replaceFirst("");
    }

    /** Whether the name carries list numbering (一、 …): an item of a side rather than a side's sum. */
    static boolean numbered(String name) {
        return NUMBERING.matcher(fold(name)).find();
    }

    /** The header path of a value, level by level, folded. */
    static List<String> path(TableValue value) {
        if (value.header().isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.header().split(LEVELS)).map(TableWords::fold).filter(s -> !s.isEmpty()).toList();
    }

    /** The header path joined back, folded: for a message or for matching a header by a word. */
    static String header(TableValue value) {
        return String.join("/", path(value));
    }

    /** Whether the value's column counts rows rather than money: 行次, 栏次. */
    static boolean ordinal(TableValue value) {
        String header = header(value);
        return header.contains("行次") || header.contains("栏次") || header.contains("序号");
    }
}
