package org.juesuan.ingest.bench;

/** Nanoseconds spent per stage over a benchmark run, added up document by document (one thread). */
final class StageTimes {
    long bareTika;
    long parse;
    long read;
    long checks;
    long write;
    int documents;
    int failed;

    /** Structure, sections and figures: the part of the whole read that is not parsing. */
    long structureAndFigures() {
        return Math.max(0, read - parse);
    }

    /** The whole pipeline for these documents: read (parse included), checks, write. */
    long pipeline() {
        return read + checks + write;
    }
}
