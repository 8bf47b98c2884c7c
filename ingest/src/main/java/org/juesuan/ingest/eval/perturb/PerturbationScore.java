package org.juesuan.ingest.eval.perturb;

/**
 * What one rule, or all of them, made of the variants at one level of severity.
 *
 * @param variants       variants run
 * @param caught         variants on which it raised a true finding
 * @param trueFindings   new findings that cite the perturbed cell or table, or state the perturbed relation
 * @param falseFindings  new findings that do not
 */
public record PerturbationScore(int variants, int caught, int trueFindings, int falseFindings) {
    public static final PerturbationScore ZERO = new PerturbationScore(0, 0, 0, 0);

    public PerturbationScore {
        if (variants < 0 || caught < 0 || caught > variants || trueFindings < 0 || falseFindings < 0) {
            throw new IllegalArgumentException("inconsistent perturbation score");
        }
    }

    public PerturbationScore plus(PerturbationScore other) {
        return new PerturbationScore(variants + other.variants, caught + other.caught, trueFindings + other.trueFindings,
                falseFindings + other.falseFindings);
    }

    /** Variants caught over variants run (0 when none ran). */
    public double recall() {
        return variants == 0 ? 0.0 : (double) caught / variants;
    }

    /** True findings over new findings (1 when there were none: nothing was said falsely). */
    public double precision() {
        int all = trueFindings + falseFindings;
        return all == 0 ? 1.0 : (double) trueFindings / all;
    }
}
