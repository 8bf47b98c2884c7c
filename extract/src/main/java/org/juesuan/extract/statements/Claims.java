package org.juesuan.extract.statements;

import java.util.List;
import org.juesuan.model.Figure;

/**
 * What the sentences claim, bound to their figures: the input of the rules.
 *
 * @param sentences   every sentence of running text, masked
 * @param values      metrics stated with their value
 * @param changes     year-on-year changes
 * @param shares      parts stated as a share of a whole
 * @param lists       totals with their components
 * @param completions rates of budget completion
 * @param rates       rates stated between two printed values, the previous year's and this year's
 */
public record Claims(List<MaskedSentence> sentences, List<ValueClaim> values, List<ChangeClaim> changes,
                     List<ShareClaim> shares, List<ComponentList> lists, List<CompletionClaim> completions,
                     List<RateClaim> rates) {
    public Claims {
        sentences = List.copyOf(sentences);
        values = List.copyOf(values);
        changes = List.copyOf(changes);
        shares = List.copyOf(shares);
        lists = List.copyOf(lists);
        completions = List.copyOf(completions);
        rates = List.copyOf(rates);
    }

    /** Claims without rates between two printed values. */
    public Claims(List<MaskedSentence> sentences, List<ValueClaim> values, List<ChangeClaim> changes,
                  List<ShareClaim> shares, List<ComponentList> lists, List<CompletionClaim> completions) {
        this(sentences, values, changes, shares, lists, completions, List.of());
    }

    /** A metric stated with its value: 机关运行经费支出56.19万元. */
    public record ValueClaim(Sentence sentence, String metric, String subject, Figure value) {
    }

    /**
     * 本年X，比上年增加Δ，增长r%.
     *
     * @param current   the metric's value this year, or null when the sentence and its paragraph do not give it
     * @param direction the word before Δ: 增加, 减少 …
     * @param rate      the stated rate, or null
     * @param rateWord  the word before the rate: 增长, 下降 …, or empty
     */
    public record ChangeClaim(Sentence sentence, String metric, String subject, Figure current, String direction,
                              Figure delta, String rateWord, Figure rate) {
    }

    /**
     * part 占 whole 的 p%.
     *
     * @param whole     the denominator's figure, or null when it could not be bound
     * @param wholeName the denominator as named, or empty when implied by a list
     */
    public record ShareClaim(Sentence sentence, String partName, Figure part, Figure share, String wholeName,
                             Figure whole) {
    }

    /** One component of a list: its name, amount and, when stated, its share. */
    public record Component(String name, Figure amount, Figure share) {
    }

    /**
     * A rate stated between two printed values: 2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，
     * 比2022年预算执行数增加314.82%.
     *
     * @param previous  the earlier year's value as printed
     * @param current   the later year's value as printed
     * @param direction the word before the rate: 增加, 减少 …
     */
    public record RateClaim(Sentence sentence, Figure previous, Figure current, String direction, Figure rate) {
    }

    /** total，其中：A a；B b… */
    public record ComponentList(Sentence sentence, String totalName, Figure total, List<Component> components) {
        public ComponentList {
            components = List.copyOf(components);
        }
    }

    /**
     * 完成（年初/调整）预算的 p%; 决算数大于/小于/等于预算数.
     *
     * @param budgetKind 年初, 调整, 全年 or empty
     * @param comparison 大于, 小于, 等于 … or empty
     * @param budget     the budget figure, when the sentence gives one
     * @param actual     the final figure, when the sentence gives one
     */
    public record CompletionClaim(Sentence sentence, Figure rate, String budgetKind, String comparison, Figure budget,
                                  Figure actual) {
    }
}
