package org.juesuan.extract.read;

import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.model.DocumentKind;

/**
 * Whether a text reads like a disclosure at all — final accounts (决算) or a budget (部门预算 / 单位预算) —
 * it speaks of money and budgets; and which of the two it is.
 */
final class DisclosureSignals {
    private static final Pattern ACCOUNTS = Pattern.compile("决算|決算");
    /** 部门预算, 单位预算, 2024年度预算, 预算公开, 預算: a budget names itself so. */
    private static final Pattern BUDGET = Pattern.compile("(?:部门|单位|部門|單位|年度?)\\s*(?:预算|預算)|(?:预算|預算)公开");
    /** A title that calls itself a budget: 万里街道办事处2024年度部门预算, 2025年单位预算. */
    private static final Pattern BUDGET_TITLE = Pattern.compile("(?:预算|預算)(?:公开|公開)?\\s*$|(?:部门|单位|部門|單位)(?:预算|預算)");
    /** Terms every disclosure uses; a text with fewer than three of them is about something else. */
    private static final List<Pattern> TERMS = List.of(
            Pattern.compile("收入"), Pattern.compile("支出"), Pattern.compile("财政拨款|財政撥款"),
            Pattern.compile("预算|預算"), Pattern.compile("\\d\\s*(?:万元|元|萬元)"), Pattern.compile("三公"));
    private static final int ENOUGH_TERMS = 3;

    private DisclosureSignals() {
    }

    static boolean looksLikeDisclosure(String text) {
        if (!ACCOUNTS.matcher(text).find() && !BUDGET.matcher(text).find()) {
            return false;
        }
        return TERMS.stream().filter(term -> term.matcher(text).find()).count() >= ENOUGH_TERMS;
    }

    /**
     * A budget when its title calls it one, or, without a title, when it never speaks of 决算 but names
     * itself a budget; final accounts otherwise (a budget's body may quote last year's 决算数, a final
     * account's always speaks of 预算).
     */
    static DocumentKind kind(String title, String text) {
        if (title != null && !title.isBlank()) {
            if (ACCOUNTS.matcher(title).find()) {
                return DocumentKind.FINAL_ACCOUNTS;
            }
            if (BUDGET_TITLE.matcher(title.strip()).find()) {
                return DocumentKind.BUDGET;
            }
        }
        return !ACCOUNTS.matcher(text).find() && BUDGET.matcher(text).find()
                ? DocumentKind.BUDGET : DocumentKind.FINAL_ACCOUNTS;
    }
}
