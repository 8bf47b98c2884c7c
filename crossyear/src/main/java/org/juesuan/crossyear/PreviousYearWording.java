package org.juesuan.crossyear;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.DocumentKind;

/**
 * Reads the words between a figure and its change to tell whether the change is against the previous
 * year's figure of the same kind — 比上年, 与2023年度相比, 同比 in final accounts; 比上年预算, 比2023年预算 in
 * a budget — and not against this year's budget (比年初预算), another year, or last year's execution
 * (比2022年预算执行数), which last year's document does not state.
 */
final class PreviousYearWording {
    /** A comparison at all: 比, 较, 与…相比, 同比. */
    private static final Pattern COMPARED = Pattern.compile("比|较|与|同比|同期");
    /** The previous year named without a number: 上年, 上一年度, 去年, 同比. */
    private static final Pattern PREVIOUS = Pattern.compile("上年|上一年|去年|同比|同期");
    /** A year printed: 2023年, 2023年度. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** Bases last year's document does not state: this year's budget, last year's execution, an adjusted budget. */
    private static final Pattern OTHER_BASE = Pattern.compile("年初|调整|执行|全年|决算数与|完成");
    private static final Pattern BUDGET = Pattern.compile("预算");

    private PreviousYearWording() {
    }

    /** Whether {@code words}, the text just before a change's amount, compares with the previous year of the same kind. */
    static boolean againstPreviousYear(String words, int fiscalYear, DocumentKind kind) {
        if (!COMPARED.matcher(words).find() || OTHER_BASE.matcher(words).find()) {
            return false;
        }
        boolean named = false;
        Matcher year = YEAR.matcher(words);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) != fiscalYear - 1) {
                return false;
            }
            named = true;
        }
        if (!named && !PREVIOUS.matcher(words).find()) {
            return false;
        }
        // A budget compares with last year's budget; final accounts with last year's accounts, never a budget.
        return (kind == DocumentKind.BUDGET) == BUDGET.matcher(words).find();
    }

    /**
     * Whether {@code words}, the text just before a figure, say plainly that the figure is the previous year's
     * of the same kind: 上年收入、支出总计均为, 2023年度机关运行经费支出, 机关运行经费上年决算数 in 2024 final accounts;
     * 上年财政拨款收入预算 in a budget. Not a comparison (比上年 is a change), not last year's execution or another
     * base (2022年当年预算执行数 in a 2023 budget), not a budget figure in final accounts, and never two years at once.
     */
    static boolean namesPreviousYear(String words, int fiscalYear, DocumentKind kind) {
        if (COMPARED.matcher(words).find() || OTHER_BASE.matcher(words).find()) {
            return false;
        }
        boolean named = PREVIOUS.matcher(words).find();
        Matcher year = YEAR.matcher(words);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) != fiscalYear - 1) {
                return false;
            }
            named = true;
        }
        if (!named) {
            return false;
        }
        boolean budgetWords = BUDGET.matcher(words).find();
        return kind == DocumentKind.BUDGET ? budgetWords && !words.contains("决算") : !budgetWords;
    }

    /** Whether the words before a figure say it is another year's: 上年, 2023年 in a 2024 document, 执行数. */
    static boolean namesAnotherYear(String words, int fiscalYear) {
        if (PREVIOUS.matcher(words).find() || words.contains("执行")) {
            return true;
        }
        Matcher year = YEAR.matcher(words);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) != fiscalYear) {
                return true;
            }
        }
        return false;
    }
}
