package org.juesuan.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.junit.jupiter.api.Test;

/** In a final account a 预算 figure is not the year's value; in a budget it is, unless it is an earlier year's. */
class ValueBinderTest {
    private final ValueBinder binder = new ValueBinder();

    @Test
    void aBudgetsOwnFigureIsItsValueButNotInAFinalAccount() {
        String text = "2024年本部门财政拨款的机关运行经费预算为443.18万元。";
        List<MaskedSentence> sentences = List.of(sentence(text, "443.18万元"));
        assertEquals(List.of("机关运行经费 443.18万元"), claims(binder.bind(sentences, true, 2024)));
        assertEquals(List.of(), claims(binder.bind(sentences, false, 2024)), "in a final account it is the budget, not the outturn");
    }

    @Test
    void aBudgetsFigureOfTheYearBeforeOrOfAnotherBudgetIsNot() {
        for (String text : List.of("上年机关运行经费预算为412.00万元。", "机关运行经费年初预算为412.00万元。")) {
            assertEquals(List.of(), claims(binder.bind(List.of(sentence(text, "412.00万元")), true, 2024)), text);
        }
    }

    @Test
    void aBudgetsFigureOfAnotherYearNamedByItsNumberIsNot() {
        String text = "2023年机关运行经费预算为412.00万元。";
        int year = text.indexOf("2023年");
        Figure named = new Figure("f0", FigureKind.YEAR, "2023年", new BigDecimal("2023"), 0, "年", 1, "s1", "b1", year, year + 5,
                null, List.of());
        MaskedSentence sentence = sentence(text, "412.00万元", named);
        assertEquals(List.of(), claims(binder.bind(List.of(sentence), true, 2024)), "2023's budget in a 2024 budget");
        assertEquals(List.of("机关运行经费 412.00万元"), claims(binder.bind(List.of(sentence), true, 2023)), "the 2023 budget's own");
        assertEquals(List.of(), claims(binder.bind(List.of(sentence), true, null)), "a year it cannot place");
    }

    private static List<String> claims(List<Claims.ValueClaim> claims) {
        return claims.stream().map(c -> c.metric() + " " + c.value().raw()).toList();
    }

    private static MaskedSentence sentence(String text, String amount, Figure... before) {
        int at = text.indexOf(amount);
        Figure figure = new Figure("f1", FigureKind.AMOUNT, amount, new BigDecimal(amount.replace("万元", "")), 2, "万元", 1,
                "s1", "b1", at, at + amount.length(), null, List.of());
        List<Figure> figures = new java.util.ArrayList<>(List.of(before));
        figures.add(figure);
        return new MaskedSentence(new Sentence(text, 0, text.length(), 1, "s1", 0, figures));
    }
}
