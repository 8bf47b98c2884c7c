package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * “三公”经费分项之和不符: 三公 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and 公务用车购置及运行维护费
 * = 购置费 + 运行维护费, each taken where the body states it once (or always with one value).
 */
public final class ThreePublicSumRule implements Rule {
    @Override
    public String id() {
        return "three-public-sum";
    }

    @Override
    public String chineseName() {
        return "“三公”经费分项之和不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        identity(input, "三公经费", List.of("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费")).ifPresent(issues::add);
        identity(input, "公务用车购置及运行维护费", List.of("公务用车购置费", "公务用车运行维护费")).ifPresent(issues::add);
        return issues;
    }

    private static Optional<Issue> identity(CheckInput input, String total, List<String> parts) {
        Optional<Figure> whole = input.agreedValue(total).map(ValueClaim::value);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        ValueRange sum = Ranges.exact(BigDecimal.ZERO);
        List<Figure> figures = new ArrayList<>(List.of(whole.get()));
        for (String part : parts) {
            Optional<Figure> value = input.agreedValue(part).map(ValueClaim::value);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            sum = Ranges.plus(sum, Ranges.of(value.get()));
            figures.add(value.get());
        }
        if (!Ranges.disagree(Ranges.of(whole.get()), sum)) {
            return Optional.empty();
        }
        ValueClaim stated = input.bodyValues(total).get(0);
        String expected = Ranges.rounded(sum, whole.get().decimals()).toPlainString() + whole.get().unit();
        return Optional.of(new Issue(Severity.ERROR, total + whole.get().raw().strip() + "，而" + String.join("、", parts) + "之和为" + expected,
                whole.get().raw().strip(), expected, sum, stated.sentence().start(), stated.sentence().end(), figures));
    }
}
