package org.juesuan.ingest.bench;

/** A benchmark's figures, and the table printed from them. */
public record BenchResult(double documentsPerSecond, double tikaDocumentsPerSecond, double ratioToTika,
                          double readAndCheckRatioToTika,
                          double parseShare, double structureShare, double tablesShare, double figuresShare, double checksShare,
                          double writeShare, int documents, int failed, int warmUpRounds, int rounds,
                          java.util.List<Double> roundRatiosToTika, double seconds, long peakHeapBytes) {

    BenchResult(StageTimes times, long elapsedNanos, int corpusSize, int warmUpRounds, int rounds,
                java.util.List<Double> roundRatiosToTika) {
        this(perSecond(times.documents, times.pipeline()), perSecond(times.documents, times.bareTika),
                times.ratioToTika(),
                times.bareTika == 0 ? 0 : (double) (times.pipeline() - times.write) / times.bareTika,
                share(times.parse, times), share(times.structure, times), share(times.tables, times),
                share(times.figures, times),
                share(times.checks, times), share(times.write, times), corpusSize, times.failed / Math.max(1, rounds),
                warmUpRounds, rounds, java.util.List.copyOf(roundRatiosToTika), elapsedNanos / 1e9,
                org.juesuan.ingest.process.RunTally.peakHeapBytes());
    }

    private static double perSecond(int documents, long nanos) {
        return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    private static double share(long nanos, StageTimes times) {
        return times.pipeline() == 0 ? 0 : (double) nanos / times.pipeline();
    }

    private String roundRatios() {
        return roundRatiosToTika.stream().map(ratio -> String.format("%.2f×", ratio))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    public String table() {
        return String.format("""
                文档 (documents) %d × %d 轮 (rounds, after %d warm-up rounds)，失败 (failed) %d，用时 %.1f 秒
                整个流程 (whole pipeline)      %8.2f 个/秒 (docs/s, one thread)
                裸 Tika 解析 (bare Tika parse) %8.2f 个/秒 (docs/s, one thread)
                流程 / 裸 Tika (pipeline ÷ bare Tika time) %.2f×（各轮 each round: %s）
                其中读取与核查 / 裸 Tika (of which read + check only, without writing the results) %.2f×
                各阶段占比 (stage shares): 解析 parse %.1f%%，结构 structure %.1f%%，表格 tables %.1f%%，数字 figures %.1f%%，核查 checks %.1f%%，写出 write %.1f%%
                峰值堆 (peak heap) %d MB""",
                documents, rounds, warmUpRounds, failed, seconds, documentsPerSecond, tikaDocumentsPerSecond, ratioToTika,
                roundRatios(), readAndCheckRatioToTika,
                100 * parseShare, 100 * structureShare, 100 * tablesShare, 100 * figuresShare, 100 * checksShare, 100 * writeShare,
                peakHeapBytes / (1024 * 1024));
    }
}
