package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.extract.statements.Sentence;
import org.juesuan.model.Severity;

/**
 * 上年年度标注有误: in a final-accounts report for year Y, the comparison year written wrong — 上年 labelled
 * with a year other than Y−1 (比上年（2024年）增加 in a 2024 report), the report's own year given as the
 * base of a year-on-year change (与2024年度相比 in a 2024 report), or the report year's figure labelled
 * Y−1 while it is compared with 上年 (2023年度收入总计…比上年增加 in a 2024 report). No arithmetic: it
 * reads years. Silent when unsure: a comparison with a budget of the same year (比2024年年初预算), a
 * sentence naming a third year, or a Y−1 that is itself called 上年 (上年（2023年）…).
 */
public final class PreviousYearLabelRule implements Rule {
    /** 上年 / 上年度 / 上一年度 / 去年, as the name of the comparison year. */
    private static final String LAST_YEAR = "(?:上一?年度?|去年)";
    /** 上年（2024年）· 上一年度(2024年度) · 上年（即2024年）. */
    private static final Pattern LAST_YEAR_THEN_LABEL = Pattern.compile(
            LAST_YEAR + "\\s*[（(]\\s*(?:即\\s*)?(?<year>20\\d{2})\\s*年度?\\s*[）)]");
    /** 2024年（上年）· 2024年度（上一年度，下同）. */
    private static final Pattern LABEL_THEN_LAST_YEAR = Pattern.compile(
            "(?<![\\d.])(?<year>20\\d{2})\\s*年度?\\s*[（(]\\s*(?:即\\s*)?" + LAST_YEAR + "[^（()）]{0,8}[）)]");
    /**
     * A year as the base of a change: 与2024年度相比 · 同2024年相比 · 比2024年增加 · 较2024年度决算数减少 · 与2024年持平.
     * Not 比2024年年初预算, 比2024年预算数 (a budget of the year), not 与2024年12月31日.
     */
    private static final Pattern YEAR_AS_BASE = Pattern.compile(
            "(?:(?:与|同)\\s*(?<with>20\\d{2})\\s*年度?\\s*(?:决算数?)?\\s*(?:相比|比较|对比|持平|基本持平)"
                    + "|(?:比|较)\\s*(?<than>20\\d{2})\\s*年度?\\s*(?:决算数?)?\\s*(?:增加|减少|增长|下降|上升|降低|持平|基本持平|无变化|多|少))");
    /** A change on last year: 比上年增加 · 较上年度减少 · 与上年相比 · 与上一年度持平. */
    private static final Pattern CHANGE_ON_LAST_YEAR = Pattern.compile(
            "(?:比|较|与|同)\\s*" + LAST_YEAR + "(?!\\s*[（(])\\s*(?:决算数?)?\\s*(?:相比|比较|增加|减少|增长|下降|上升|降低|持平|基本持平|无变化)");
    /** Any year in the sentence: 2023年, 2023 年度. */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.])(?<year>20\\d{2})\\s*年");
    /** Words before a year that make it a base, not the subject: 与2023年, 比2023年, 自2023年. */
    private static final Pattern BASE_BEFORE = Pattern.compile("(?:与|同|比|较|自|从|对比)\\s*$");
    /** Words after a year (after its 年) that make it a base or a date: 相比, 以来, 12月31日, 末, 底, 初. */
    private static final Pattern BASE_OR_DATE_AFTER = Pattern.compile(
            "^\\s*度?\\s*(?:相比|比较|同期|以来|末|底|初|\\d|[一二三四五六七八九十]+月)");

    @Override
    public String id() {
        return "previous-year-label";
    }

    @Override
    public String chineseName() {
        return "上年年度标注有误";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Integer year = input.disclosure().document().fiscalYear();
        if (year == null) {
            return issues;
        }
        for (MaskedSentence masked : input.claims().sentences()) {
            Sentence sentence = masked.sentence();
            if (input.inAttachment(sentence.sectionId())) {
                continue;
            }
            String text = TextFolder.fold(sentence.text());
            if (text.indexOf('年') < 0) {
                continue; // every pattern here reads a 年: a year, 上年 or 去年
            }
            Issue issue = labelledLastYear(text, sentence, year);
            if (issue == null) {
                issue = ownYearAsBase(text, sentence, year);
            }
            if (issue == null) {
                issue = lastYearAsOwn(text, sentence, year);
            }
            if (issue != null) {
                issues.add(issue);
            }
        }
        return issues;
    }

    /** 上年 named with a year that is not Y−1. */
    private static Issue labelledLastYear(String text, Sentence sentence, int year) {
        for (Pattern pattern : List.of(LAST_YEAR_THEN_LABEL, LABEL_THEN_LAST_YEAR)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int labelled = Integer.parseInt(matcher.group("year"));
                if (labelled != year - 1) {
                    return issue(sentence, printed(sentence, matcher), (year - 1) + "年",
                            year + "年度的决算，上年应为" + (year - 1) + "年，文中却标为" + labelled + "年");
                }
            }
        }
        return null;
    }

    /** The report's own year as the base of a year-on-year change. */
    private static Issue ownYearAsBase(String text, Sentence sentence, int year) {
        Matcher matcher = YEAR_AS_BASE.matcher(text);
        while (matcher.find()) {
            String base = matcher.group("with") != null ? matcher.group("with") : matcher.group("than");
            if (Integer.parseInt(base) == year) {
                return issue(sentence, printed(sentence, matcher), (year - 1) + "年",
                        year + "年度的决算与上年比较，比较的年度应为" + (year - 1) + "年，文中却写本年度" + year + "年");
            }
        }
        return null;
    }

    /**
     * The year's figure labelled Y−1 and compared with 上年: the only year the sentence names is Y−1,
     * it stands before the comparison, and it is not itself called 上年.
     */
    private static Issue lastYearAsOwn(String text, Sentence sentence, int year) {
        Matcher change = CHANGE_ON_LAST_YEAR.matcher(text);
        if (!change.find() || LABEL_THEN_LAST_YEAR.matcher(text).find() || LAST_YEAR_THEN_LABEL.matcher(text).find()) {
            return null;
        }
        Matcher years = ANY_YEAR.matcher(text);
        String first = null;
        while (years.find()) {
            if (Integer.parseInt(years.group("year")) != year - 1) {
                return null; // another year in the sentence: which one is compared is not clear
            }
            if (first == null) {
                first = printed(sentence, years);
                if (years.start() > change.start() || !subject(text, years)) {
                    return null;
                }
            }
        }
        if (first == null) {
            return null;
        }
        return issue(sentence, first, year + "年",
                year + "年度的决算与上年比较，本年却标为" + (year - 1) + "年");
    }

    /** Whether the year names the period the sentence speaks of, not a base of comparison or a date. */
    private static boolean subject(String text, Matcher year) {
        String before = text.substring(Math.max(0, year.start() - 3), year.start());
        String after = text.substring(year.end(), Math.min(text.length(), year.end() + 4));
        return !BASE_BEFORE.matcher(before).find() && !BASE_OR_DATE_AFTER.matcher(after).find();
    }

    /** The match as printed (the folded text has the same length: full-width brackets stay full-width). */
    private static String printed(Sentence sentence, Matcher matcher) {
        return sentence.text().substring(matcher.start(), matcher.end());
    }

    private static Issue issue(Sentence sentence, String stated, String expected, String message) {
        return new Issue(Severity.WARNING, message + "：“" + stated.strip() + "”", stated.strip(), expected, null,
                sentence.start(), sentence.end(), List.of());
    }
}
