package org.juesuan.ingest.process;

import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.model.Disclosure;

/** Learns of each document once its results are written (watch and batch with --store feed the review store). */
@FunctionalInterface
public interface ProcessedListener {
    void processed(SourceDocument source, String outputName, Disclosure checked);
}
