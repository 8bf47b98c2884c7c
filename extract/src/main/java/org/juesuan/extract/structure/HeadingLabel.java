package org.juesuan.extract.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.figures.ChineseNumeral;

/**
 * The numbering at the start of a heading or list item, and the text after it.
 *
 * @param style   the numbering scheme
 * @param ordinal its number (附件 alone is 0)
 * @param label   the label as printed, without surrounding spaces: 第二部分, 四、, （一）, 2．, 附件一
 * @param title   the rest of the line, stripped
 */
record HeadingLabel(NumberingStyle style, int ordinal, String label, String title) {
    private static final String CN = "[一二三四五六七八九十〇两]{1,3}";

    /** 第二部分 概况, 第3部分 名词解释. */
    private static final Pattern PART = Pattern.compile("^(第\\s*(" + CN + "|\\d{1,2})\\s*部分)\\s*(.*)$");
    /** 附件, 附件一, 附件1：, 附表2 (not 附件中…: a title must not follow without a break or colon). */
    private static final Pattern ATTACHMENT = Pattern.compile("^((?:附件|附表)\\s*(" + CN + "|\\d{1,2})?)[:：]?\\s*(.*)$");
    /** 一、收入决算情况说明; 十一、其他重要事项; also 一． as some templates print it. */
    private static final Pattern CHINESE_COMMA = Pattern.compile("^((" + CN + ")\\s*[、．])\\s*(.*)$");
    /** 1、 收入支出决算总体情况说明. */
    private static final Pattern ARABIC_COMMA = Pattern.compile("^((\\d{1,2})\\s*、)\\s*(.*)$");
    /** 1.主要职能, 2．机构 (but not 1.5万元: no digit after the dot). */
    private static final Pattern ARABIC_DOT = Pattern.compile("^((\\d{1,2})\\s*[.．](?![\\d.．]))\\s*(.*)$");
    /** （一）主要职能, (二) 机构. */
    private static final Pattern CHINESE_PAREN = Pattern.compile("^([（(]\\s*(" + CN + ")\\s*[）)])\\s*(.*)$");
    /** （1）贯彻落实. */
    private static final Pattern ARABIC_PAREN = Pattern.compile("^([（(]\\s*(\\d{1,2})\\s*[）)])\\s*(.*)$");

    /** A list numbering pattern and the style it stands for, tried in this order after parts and attachments. */
    private record Scheme(Pattern pattern, NumberingStyle style) {
    }

    private static final List<Scheme> LIST_SCHEMES = List.of(
            new Scheme(CHINESE_COMMA, NumberingStyle.CHINESE_COMMA),
            new Scheme(ARABIC_COMMA, NumberingStyle.ARABIC_COMMA),
            new Scheme(ARABIC_DOT, NumberingStyle.ARABIC_DOT),
            new Scheme(CHINESE_PAREN, NumberingStyle.CHINESE_PAREN),
            new Scheme(ARABIC_PAREN, NumberingStyle.ARABIC_PAREN));

    static Optional<HeadingLabel> parse(String text) {
        String line = text.strip();
        Optional<HeadingLabel> found = match(PART, NumberingStyle.PART, line).or(() -> attachment(line));
        for (int i = 0; found.isEmpty() && i < LIST_SCHEMES.size(); i++) {
            found = match(LIST_SCHEMES.get(i).pattern(), LIST_SCHEMES.get(i).style(), line);
        }
        return found;
    }

    private static Optional<HeadingLabel> attachment(String line) {
        Matcher matcher = ATTACHMENT.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String title = matcher.group(3);
        boolean separated = matcher.group(2) != null || title.isEmpty()
                || line.length() > matcher.end(1) && !Character.isLetter(line.charAt(matcher.end(1)));
        if (!separated) {
            return Optional.empty(); // 附件中列示的… is a sentence, not a label
        }
        int ordinal = matcher.group(2) == null ? 0 : number(matcher.group(2));
        return Optional.of(new HeadingLabel(NumberingStyle.ATTACHMENT, ordinal, matcher.group(1).replace(" ", ""), title.strip()));
    }

    private static Optional<HeadingLabel> match(Pattern pattern, NumberingStyle style, String line) {
        Matcher matcher = pattern.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int ordinal = number(matcher.group(2));
        if (ordinal < 0) {
            return Optional.empty();
        }
        return Optional.of(new HeadingLabel(style, ordinal, matcher.group(1).replace(" ", ""), matcher.group(3).strip()));
    }

    private static int number(String digits) {
        return Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumeral.wholeNumber(digits);
    }
}
