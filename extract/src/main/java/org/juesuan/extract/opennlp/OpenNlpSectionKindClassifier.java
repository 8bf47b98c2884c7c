package org.juesuan.extract.opennlp;

import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.juesuan.extract.structure.KindGuess;
import org.juesuan.extract.structure.LabelledHeading;
import org.juesuan.extract.structure.LabelledHeadings;
import org.juesuan.extract.structure.SectionKindClassifier;
import org.juesuan.model.SectionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names a heading's kind with an OpenNLP maximum-entropy document categorizer trained on a labelled
 * heading list: for the bundled list, once at build time ({@link ShippedKindModel}, checked against
 * the list by a fingerprint); for any other list, at construction.
 *
 * <p>The answer is UNKNOWN when the model's best class is UNKNOWN (headings such as 存在的问题
 * that are real but canonical to no kind) or when its best probability is under the threshold.
 */
public final class OpenNlpSectionKindClassifier implements SectionKindClassifier {
    /**
     * Chosen from the held-out measurement (HeldOutEvaluationTest, every 5th line held out):
     * accuracy peaks at 0.965 for thresholds 0.10 to 0.15 and falls steadily above (0.951 at
     * 0.30, 0.902 at 0.50), because GIS spreads probability thinly over 30 classes and correct
     * guesses on rare variants often score 0.2 to 0.4. Below 0.10 the guesses that get through
     * are out-of-genre titles such as 预算执行率 (PERFORMANCE at 0.07). 0.12 sits inside the plateau.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.12;

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpSectionKindClassifier.class);

    private final DoccatModel model;
    private final double minConfidence;

    /** Trains on {@code headings}; guesses under {@code minConfidence} become UNKNOWN. */
    public OpenNlpSectionKindClassifier(List<LabelledHeading> headings, double minConfidence) {
        this(trained(headings, checked(minConfidence)), minConfidence);
    }

    private OpenNlpSectionKindClassifier(DoccatModel model, double minConfidence) {
        this.model = model;
        this.minConfidence = checked(minConfidence);
    }

    private static double checked(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must lie in [0, 1], got " + minConfidence);
        }
        return minConfidence;
    }

    private static DoccatModel trained(List<LabelledHeading> headings, double minConfidence) {
        long start = System.nanoTime();
        DoccatModel trained = KindModelTraining.train(List.copyOf(headings));
        LOG.info("trained section kind model on {} headings in {} ms",
                headings.size(), (System.nanoTime() - start) / 1_000_000);
        return trained;
    }

    /**
     * The model of the bundled list {@code section-headings.tsv} with the default threshold: the one
     * trained at build time when it matches the list, else trained now.
     */
    public static OpenNlpSectionKindClassifier trainedOnBundledHeadings() {
        return ShippedKindModel.load()
                .map(model -> new OpenNlpSectionKindClassifier(model, DEFAULT_MIN_CONFIDENCE))
                .orElseGet(() -> new OpenNlpSectionKindClassifier(LabelledHeadings.bundled(), DEFAULT_MIN_CONFIDENCE));
    }

    /** Trained now on the bundled list, never the shipped model (tests compare the two). */
    public static OpenNlpSectionKindClassifier freshlyTrainedOnBundledHeadings() {
        return new OpenNlpSectionKindClassifier(LabelledHeadings.bundled(), DEFAULT_MIN_CONFIDENCE);
    }

    @Override
    public KindGuess classify(String title) {
        String[] tokens = HeadingTokens.of(title);
        if (tokens.length == 0) {
            return new KindGuess(SectionKind.UNKNOWN, 1.0);
        }
        // A categorizer per call: it is cheap to make, and the shared model is then safe to use
        // from several threads.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokens);
        String best = categorizer.getBestCategory(probabilities);
        double confidence = probabilities[categorizer.getIndex(best)];
        SectionKind kind = SectionKind.valueOf(best);
        if (kind != SectionKind.UNKNOWN && confidence < minConfidence) {
            // The chance that the best guess is wrong is how sure we are that it is none of them.
            return new KindGuess(SectionKind.UNKNOWN, clamp(1 - confidence));
        }
        return new KindGuess(kind, clamp(confidence));
    }

    /** Guards KindGuess against floating-point sums a hair outside [0, 1]. */
    private static double clamp(double probability) {
        return Math.max(0, Math.min(1, probability));
    }
}
