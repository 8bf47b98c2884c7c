package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.process.RunTally;

/**
 * Batch progress on standard error: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (a log file or a CI console).
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final RunTally tally;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "juesuan-progress");
        thread.setDaemon(true);
        return thread;
    });

    Progress(PrintWriter err, RunTally tally, int total, boolean terminal) {
        this.err = err;
        this.tally = tally;
        this.total = total;
        this.terminal = terminal;
        long every = terminal ? 250 : 5000;
        timer.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
    }

    private void show() {
        int done = tally.inputsDone();
        double seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000) / 1000.0;
        String counts = String.format("%d/%d，失败 %d，%.1f 个/秒 (docs/s)", done, total, tally.documentsFailed(),
                done / seconds);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts);
        } else {
            err.println("进度 (progress) " + counts);
        }
        err.flush();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        show();
        if (terminal) {
            err.println();
        }
        err.flush();
    }
}
