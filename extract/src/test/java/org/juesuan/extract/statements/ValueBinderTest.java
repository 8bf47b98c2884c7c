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
        assertEquals(List.of("机关运行经费 443.18万元"), claims(binder.bind(sentences, true)));
        assertEquals(List.of(), claims(binder.bind(sentences, false)), "in a final account it is the budget, not the outturn");
    }

    @Test
    void aBudgetsFigureOfTheYearBeforeOrOfAnotherBudgetIsNot() {
        for (String text : List.of("上年机关运行经费预算为412.00万元。", "机关运行经费年初预算为412.00万元。")) {
            assertEquals(List.of(), claims(binder.bind(List.of(sentence(text, "412.00万元")), true)), text);
        }
    }

    private static List<String> claims(List<Claims.ValueClaim> claims) {
        return claims.stream().map(c -> c.metric() + " " + c.value().raw()).toList();
    }

    private static MaskedSentence sentence(String text, String amount) {
        int at = text.indexOf(amount);
        Figure figure = new Figure("f1", FigureKind.AMOUNT, amount, new BigDecimal(amount.replace("万元", "")), 2, "万元", 1,
                "s1", "b1", at, at + amount.length(), null, List.of());
        return new MaskedSentence(new Sentence(text, 0, text.length(), 1, "s1", 0, List.of(figure)));
    }
}
