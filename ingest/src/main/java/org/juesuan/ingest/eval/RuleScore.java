package org.juesuan.ingest.eval;

/**
 * Detection counts for one rule (or all): true positives, false positives, false negatives, and how
 * many of the true positives carry the expected severity.
 */
public record RuleScore(int truePositives, int falsePositives, int falseNegatives, int severityAgreed) {
    public static final RuleScore ZERO = new RuleScore(0, 0, 0, 0);

    public RuleScore plus(RuleScore other) {
        return new RuleScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, severityAgreed + other.severityAgreed);
    }

    /** 1 when nothing was found and nothing was wrong. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
