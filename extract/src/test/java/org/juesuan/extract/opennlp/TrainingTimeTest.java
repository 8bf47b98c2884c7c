package org.juesuan.extract.opennlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.structure.LabelledHeading;
import org.juesuan.extract.structure.LabelledHeadings;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training happens at every start-up, so its cost is measured: a few hundred milliseconds is the
 * target. The bound asserted is loose (machines differ); it catches a change of kind, such as
 * ten times the iterations or a slow trainer, not noise.
 */
class TrainingTimeTest {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingTimeTest.class);
    private static final long GENEROUS_BOUND_MILLIS = 3_000;

    @Test
    void trainsOnTheBundledListWithinAFewHundredMilliseconds() {
        List<LabelledHeading> headings = LabelledHeadings.bundled();
        long slowest = 0;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            new OpenNlpSectionKindClassifier(headings, OpenNlpSectionKindClassifier.DEFAULT_MIN_CONFIDENCE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("training run {} on {} headings: {} ms", run, headings.size(), millis);
            slowest = Math.max(slowest, millis);
        }
        assertTrue(slowest < GENEROUS_BOUND_MILLIS, "training took " + slowest + " ms");
    }
}
