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

    /** Adds another round's times to these. */
    void add(StageTimes round) {
        bareTika += round.bareTika;
        parse += round.parse;
        structure += round.structure;
        tables += round.tables;
        figures += round.figures;
        checks += round.checks;
        write += round.write;
        documents += round.documents;
        failed += round.failed;
    }

    /** The pipeline's time over the bare Tika parse's, 0 when nothing was parsed. */
    double ratioToTika() {
        return bareTika == 0 ? 0 : (double) pipeline() / bareTika;
    }

    /** The whole pipeline for these documents: parse, structure, tables, figures, checks, write. */
    long pipeline() {
        return parse + structure + tables + figures + checks + write;
    }
}
