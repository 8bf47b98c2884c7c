package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures several sections of one document share, held exactly in 万元, and consistent by
 * construction: totals are the sums of their parts, 收、支总计 is one side, 机关运行经费 ≤ 公用经费.
 */
final class Accounts {
    /** A function class the general budget spent on, with the one 项 its spending went to. */
    record ClassSpending(FunctionClass function, BigDecimal amount) {
    }

    BigDecimal gbIncome;
    BigDecimal businessIncome;
    BigDecimal otherIncome;
    BigDecimal income;
    BigDecimal carryIn;
    /** 收、支总计: one side. */
    BigDecimal total;
    BigDecimal basic;
    BigDecimal project;
    BigDecimal spending;
    BigDecimal personnel;
    BigDecimal publicUse;
    BigDecimal nonGbSpending;
    BigDecimal gbSpending;
    BigDecimal gbCarryIn;
    /** 财政拨款收、支总计: one side. */
    BigDecimal fiscalTotal;
    final List<ClassSpending> classes = new ArrayList<>();
    BigDecimal abroad;
    BigDecimal carPurchase;
    BigDecimal carRunning;
    BigDecimal reception;
    BigDecimal operating;

    static Accounts sample(Draft draft) {
        Accounts a = new Accounts();
        double scale = draft.money == MoneyStyle.YI ? 100 : 1;
        a.spending = draft.amount(150 * scale, 3000 * scale);
        a.basic = a.spending.multiply(BigDecimal.valueOf(0.55 + draft.random.nextDouble() * 0.35)).setScale(2, RoundingMode.HALF_UP);
        a.project = a.spending.subtract(a.basic);
        a.personnel = a.basic.multiply(BigDecimal.valueOf(0.7 + draft.random.nextDouble() * 0.2)).setScale(2, RoundingMode.HALF_UP);
        a.publicUse = a.basic.subtract(a.personnel);
        boolean otherFunds = draft.random.nextBoolean();
        a.businessIncome = otherFunds && draft.random.nextBoolean() ? draft.amount(5 * scale, 60 * scale) : BigDecimal.ZERO.setScale(2);
        a.otherIncome = otherFunds ? draft.amount(1 * scale, 30 * scale) : BigDecimal.ZERO.setScale(2);
        BigDecimal otherSum = a.businessIncome.add(a.otherIncome);
        a.nonGbSpending = otherSum.min(a.project).multiply(BigDecimal.valueOf(0.2 + draft.random.nextDouble() * 0.6))
                .setScale(2, RoundingMode.HALF_UP);
        a.gbSpending = a.spending.subtract(a.nonGbSpending);
        double income = draft.has(Defect.DOUBLED_TOTAL) ? 1.0 + draft.random.nextDouble() * 0.05 : 0.9 + draft.random.nextDouble() * 0.15;
        a.gbIncome = a.gbSpending.multiply(BigDecimal.valueOf(income)).setScale(2, RoundingMode.HALF_UP);
        a.gbCarryIn = a.gbSpending.subtract(a.gbIncome).max(BigDecimal.ZERO).add(draft.amount(0, 20 * scale));
        a.fiscalTotal = a.gbIncome.add(a.gbCarryIn);
        a.income = a.gbIncome.add(otherSum);
        a.carryIn = draft.has(Defect.DOUBLED_TOTAL) ? BigDecimal.ZERO.setScale(2)
                : a.spending.subtract(a.income).max(BigDecimal.ZERO).add(draft.amount(1, 40 * scale));
        a.total = a.income.add(a.carryIn);
        a.keepApartFromTwice();
        a.splitIntoClasses(draft);
        a.sampleThreePublic(draft, scale);
        double operating = draft.has(Defect.OPERATING_COSTS) ? 1.1 + draft.random.nextDouble() * 0.5 : 0.4 + draft.random.nextDouble() * 0.55;
        a.operating = a.publicUse.multiply(BigDecimal.valueOf(operating)).setScale(2, RoundingMode.HALF_UP);
        return a;
    }

    /** No side total may by chance be twice a year total: that is the doubled-total defect. */
    private void keepApartFromTwice() {
        while (nearTwice(total, income) || nearTwice(total, spending)) {
            carryIn = carryIn.add(BigDecimal.ONE);
            total = income.add(carryIn);
        }
        while (nearTwice(fiscalTotal, gbIncome) || nearTwice(fiscalTotal, gbSpending)) {
            gbCarryIn = gbCarryIn.add(BigDecimal.ONE);
            fiscalTotal = gbIncome.add(gbCarryIn);
        }
    }

    private static boolean nearTwice(BigDecimal side, BigDecimal half) {
        return side.subtract(half.multiply(BigDecimal.valueOf(2))).abs().compareTo(new BigDecimal("0.05")) <= 0
                && side.compareTo(half) != 0;
    }

    private void splitIntoClasses(Draft draft) {
        List<FunctionClass> chosen = FunctionClass.choose(draft);
        double[] weights = new double[chosen.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i == 0 ? 4 : 0.5) + draft.random.nextDouble();
            sum += weights[i];
        }
        BigDecimal left = gbSpending;
        for (int i = 0; i < chosen.size(); i++) {
            BigDecimal amount = i == chosen.size() - 1 ? left
                    : gbSpending.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.HALF_UP);
            classes.add(new ClassSpending(chosen.get(i), amount));
            left = left.subtract(amount);
        }
    }

    private void sampleThreePublic(Draft draft, double scale) {
        abroad = draft.random.nextBoolean() ? draft.amount(0.5 * scale, 8 * scale) : BigDecimal.ZERO.setScale(2);
        carPurchase = draft.random.nextInt(3) == 0 ? draft.amount(10 * scale, 30 * scale) : BigDecimal.ZERO.setScale(2);
        carRunning = draft.amount(1 * scale, 15 * scale);
        reception = draft.amount(0.3 * scale, 6 * scale);
    }

    BigDecimal threePublic() {
        return abroad.add(carPurchase).add(carRunning).add(reception);
    }

    BigDecimal carryOut() {
        return total.subtract(spending);
    }
}
