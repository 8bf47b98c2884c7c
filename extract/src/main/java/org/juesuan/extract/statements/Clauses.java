package org.juesuan.extract.statements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where clauses start and what a subject looks like once the clause's leading words are dropped. */
final class Clauses {
    /** Clause boundaries inside a sentence. Not 、: it joins names (收、支总计) more often than clauses. */
    static final String BOUNDARY = "，,；;：:。！？";
    /**
     * Words that mark an amount as a budget rather than a final figure: 年初预算, 预算数, 预算为. Not the
     * 预算 inside fund names (一般公共预算, 政府性基金预算, 国有资本经营预算).
     */
    static final Pattern BUDGET = Pattern.compile("年初预算|调整预算|全年预算|(?<!公共|基金|经营)预算(?:数|为|安排|金额|资金)");
    /** Leading words that are not the subject: 2021年, 2021年度, 其中, 全年, 截至…, numbering. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:\\s|[、）)]|[\\uE004]度?|其中|另外|此外|全年|本年度|年度|年末|截至[^，]*|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,3}[）)])+");
    /** Trailing words between a subject and its value: 为, 是, 达, 共计 (not 合计 or 总计: they are part of names). */
    private static final Pattern TRAILING = Pattern.compile("(?:为|是|达到|达|共计为?)$");

    private Clauses() {
    }

    /**
     * The start of the clause that contains masked position {@code index}: after the previous clause
     * boundary or the previous amount, percentage or count (基本支出拨款Ａ、项目支出拨款Ａ).
     */
    static int startOf(String masked, int index) {
        int start = index;
        while (start > 0 && BOUNDARY.indexOf(masked.charAt(start - 1)) < 0 && !measure(masked.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean measure(char c) {
        return c == MaskedSentence.AMOUNT || c == MaskedSentence.PERCENT || c == MaskedSentence.COUNT;
    }

    /**
     * The subject of the clause {@code [from, to)} of a masked sentence, as printed: without leading
     * time words and numbering, and without the copula before the value.
     */
    static String subject(MaskedSentence sentence, int from, int to) {
        String clause = sentence.text().substring(from, to);
        Matcher leading = LEADING.matcher(clause);
        int start = leading.find() ? leading.end() : 0;
        String rest = clause.substring(start).stripTrailing();
        Matcher trailing = TRAILING.matcher(rest);
        int end = start + (trailing.find() ? trailing.start() : rest.length());
        return sentence.folded(from + start, from + end).strip();
    }
}
