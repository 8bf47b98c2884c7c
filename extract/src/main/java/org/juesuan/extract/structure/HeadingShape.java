package org.juesuan.extract.structure;

import java.util.regex.Pattern;

/** Whether a numbered line reads as a heading (a short title) rather than a list item or a sentence. */
final class HeadingShape {
    /** Longest title a list heading has; parts and attachments may carry the department's name. */
    private static final int MAX_TITLE = 40;
    private static final int MAX_PART_TITLE = 60;
    /** Longest title a run-in heading (a title, a full stop, then the body) has. */
    private static final int MAX_RUN_IN_TITLE = 25;

    /** Money or a percentage in a title means a sentence: 支出决算为220.27万元. */
    private static final Pattern FIGURE = Pattern.compile("\\d\\s*(?:万元|元|亿元|%|％)|百分之");
    /** A bare decimal number: a table row rendered as text (九、卫生健康支出60.99). */
    private static final Pattern DECIMAL = Pattern.compile("\\d\\.\\d{2}(?!\\d)");
    /** A second list label inside the title: two table cells on one line (二、政府性基金…二、外交支出). */
    private static final Pattern SECOND_LABEL = Pattern.compile("[一二三四五六七八九十]{1,3}、");
    /** Punctuation that ends or splits a clause: a heading title holds none of it inside. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，,；;。！？]");
    /** A colon followed by text: a definition (财政拨款收入：指…) or a lead-in, not a heading. */
    private static final Pattern COLON_THEN_TEXT = Pattern.compile("[：:].{4,}");
    /** A figure or table caption: （图1：…）, 图2 收入决算结构图, 表3. */
    private static final Pattern CAPTION = Pattern.compile("^[（(]?\\s*[图表]\\s*\\d{1,2}(?:[-－.]\\d{1,2})?\\s*[：:．.、\\s]");
    /** Two or more space-separated numbers, or a line ending in a decimal: a table row. */
    private static final Pattern TABULAR = Pattern.compile("(?:-?[\\d,]+(?:\\.\\d+)?\\s+){1,}-?[\\d,]+(?:\\.\\d+)?|\\d\\.\\d{2}$");

    private HeadingShape() {
    }

    /** A note in brackets after a title: （仅有一个单位的部门，本部分内容为“机构设置”）. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[（(][^（）()]{0,60}[）)]$");

    /** A numbered line whose title is a heading title. */
    static boolean isHeading(HeadingLabel label) {
        String title = BRACKETED_NOTE.matcher(trimFullStop(label.title())).replaceAll("");
        boolean longTitlesAllowed = label.style() == NumberingStyle.PART || label.style() == NumberingStyle.ATTACHMENT;
        if (title.length() > (longTitlesAllowed ? MAX_PART_TITLE : MAX_TITLE)) {
            return false;
        }
        if (title.isEmpty()) {
            return longTitlesAllowed;
        }
        return hasHan(title) && !CLAUSE_PUNCTUATION.matcher(title).find() && !COLON_THEN_TEXT.matcher(title).find()
                && !title.endsWith("：") && !title.endsWith(":") && !title.endsWith("、")
                && !FIGURE.matcher(title).find() && !DECIMAL.matcher(title).find()
                && !SECOND_LABEL.matcher(title).find();
    }

    /** A numbered paragraph that opens with a short title and a full stop, then runs on: 1.资金计划及到位。2021年… */
    static boolean isRunIn(HeadingLabel label) {
        String title = label.title();
        int stop = title.indexOf('。');
        if (stop < 1 || stop > MAX_RUN_IN_TITLE || stop == title.length() - 1) {
            return false;
        }
        String lead = title.substring(0, stop);
        return hasHan(lead) && !CLAUSE_PUNCTUATION.matcher(lead).find() && !lead.contains("：");
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find();
    }

    static boolean looksTabular(String text) {
        return TABULAR.matcher(text).find();
    }

    /** The title without the full stop some templates put after a heading: （一）主要职能。 */
    static String trimFullStop(String title) {
        return title.endsWith("。") || title.endsWith(".") ? title.substring(0, title.length() - 1).strip() : title;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
