package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.check.Severities;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * 分项之和与合计不符: total，其中：A a；B b… Only a list of two or more parts is a partition; a single
 * 其中 names a subset (授予中小企业…其中授予小微企业) and is not summed, nor is a list whose own shares
 * fall short of 100%.
 */
public final class ComponentsSumRule implements Rule {
    /** Shares that add up to less than this leave part of the total unlisted. */
    private static final BigDecimal WHOLE_SHARE = new BigDecimal("99");

    @Override
    public String id() {
        return "components-sum";
    }

    @Override
    public String chineseName() {
        return "分项之和与合计不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (ComponentList list : input.claims().lists()) {
            if (list.components().size() < 2 || admittedlyPartial(list) || !Partitions.partition(list)) {
                continue;
            }
            ValueRange sum = Ranges.exact(BigDecimal.ZERO);
            List<Figure> figures = new ArrayList<>();
            figures.add(list.total());
            for (Component component : list.components()) {
                ValueRange part = Ranges.of(inTotalUnit(component.amount(), list.total()));
                sum = Ranges.plus(sum, part);
                figures.add(component.amount());
            }
            ValueRange total = Ranges.of(list.total());
            if (!Ranges.disagree(total, sum)) {
                continue;
            }
            String expected = Ranges.rounded(sum, list.total().decimals()).toPlainString() + list.total().unit();
            BigDecimal gap = Ranges.middle(sum).subtract(list.total().value()).abs().setScale(list.total().decimals(),
                    java.math.RoundingMode.HALF_UP);
            Severity severity = Severities.ofMiss(list.total(), sum);
            issues.add(new Issue(severity, list.totalName() + list.total().raw().strip() + "，而所列" + list.components().size()
                    + "项之和为" + expected + "，相差" + gap.toPlainString() + list.total().unit(), list.total().raw().strip(), expected,
                    sum, list.sentence().start(), list.sentence().end(), figures));
        }
        return issues;
    }

    /**
     * Whether the list says itself that it is not the whole: every part carries its share of the total
     * and the shares, even at their rounding limits, stay well short of 100% (a list cut short by a
     * PDF's reading order, or naming only the main items).
     */
    private static boolean admittedlyPartial(ComponentList list) {
        if (list.components().stream().anyMatch(c -> c.share() == null)) {
            return false;
        }
        ValueRange shares = Ranges.exact(BigDecimal.ZERO);
        for (Component component : list.components()) {
            shares = Ranges.plus(shares, Ranges.of(component.share()));
        }
        return shares.high().compareTo(WHOLE_SHARE) < 0;
    }

    /** A component in 元 inside a total in 万元 is compared in the total's unit. */
    static Figure inTotalUnit(Figure component, Figure total) {
        if (component.unit().equals(total.unit()) || component.kind() != org.juesuan.model.FigureKind.AMOUNT) {
            return component;
        }
        BigDecimal wan = component.valueInWanYuan();
        BigDecimal value = switch (total.unit()) {
            case "元" -> wan.movePointRight(4);
            case "亿元" -> wan.movePointLeft(4);
            default -> wan;
        };
        int decimals = Math.max(0, component.decimals() + value.scale() - component.value().scale());
        return new Figure(component.id(), component.kind(), component.raw(), value, decimals, total.unit(), component.page(),
                component.sectionId(), component.blockId(), component.start(), component.end(), component.cell(),
                component.context());
    }
}
