package org.juesuan.ingest.bench;

import org.juesuan.extract.read.StageTimer;

/** Nanoseconds spent per stage over a benchmark run, added up document by document (one thread). */
final class StageTimes {
    long bareTika;
    long parse;
    long structure;
    long tables;
    long figures;
    long checks;
    long write;
    int documents;
    int failed;

    /** What the reader reports of one document's stages. */
    void add(StageTimer.Stage stage, long nanos) {
        switch (stage) {
            case PARSE -> parse += nanos;
            case STRUCTURE -> structure += nanos;
            case TABLES -> tables += nanos;
            case FIGURES -> figures += nanos;
        }
    }

    /** The whole pipeline for these documents: parse, structure, tables, figures, checks, write. */
    long pipeline() {
        return parse + structure + tables + figures + checks + write;
    }
}
