package org.juesuan.extract.opennlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.juesuan.extract.structure.LabelledHeading;

/**
 * Trains the maximum-entropy document categorizer on labelled headings. Parameters are set
 * explicitly rather than taken from OpenNLP's defaults: the default cutoff of 5 would discard
 * almost every character n-gram of a list this small, and one thread keeps GIS deterministic.
 */
final class KindModelTraining {
    static final String LANGUAGE = "zho";
    static final String ALGORITHM = "MAXENT";
    static final int ITERATIONS = 150;
    static final int CUTOFF = 1;
    private static final String DATA_INDEXER = "DataIndexer";
    private static final String ONE_PASS = "OnePass";

    private KindModelTraining() {
    }

    static DoccatModel train(List<LabelledHeading> headings) {
        if (headings.isEmpty()) {
            throw new IllegalArgumentException("cannot train a section kind model on no headings");
        }
        List<DocumentSample> samples = new ArrayList<>(headings.size());
        for (LabelledHeading heading : headings) {
            String[] tokens = HeadingTokens.of(heading.title());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(heading.kind().name(), tokens));
            }
        }
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            return DocumentCategorizerME.train(
                    LANGUAGE, ObjectStreamUtils.createObjectStream(samples), parameters(), factory);
        } catch (IOException e) {
            // The samples live in memory, so this means OpenNLP itself failed.
            throw new UncheckedIOException("training the section kind model failed", e);
        }
    }

    /** What besides the list decides the model: the features and the parameters. */
    static String description() {
        return String.join(" ", "tokens=HeadingTokens.v1", LANGUAGE, ALGORITHM, "iterations=" + ITERATIONS,
                "cutoff=" + CUTOFF, "threads=1", ONE_PASS);
    }

    private static TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // OnePass keeps the events in memory; the default TwoPass indexer spills them to a temp file.
        parameters.put(DATA_INDEXER, ONE_PASS);
        return parameters;
    }
}
