package org.juesuan.ingest.process;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A test-only pause at a named step of an input's handling, so that a fault test can SIGKILL a real
 * watcher exactly there (a kill cannot otherwise be timed to fall between two steps). Off unless the
 * JVM is started with {@code -Djuesuan.fault.pause-at=STEP}, which no command or setting does: at STEP
 * the handler logs one line ({@code fault point STEP reached: NAME}) and waits until it is interrupted
 * or the process is killed.
 */
public final class FaultPoint {
    /** The system property naming the step; read here only. */
    public static final String PROPERTY = "juesuan.fault.pause-at";
    /** The input's results are written; its ledger line is not. */
    public static final String BEFORE_LEDGER = "before-ledger";
    /** The input's ledger line is written; it has not been moved out of the inbox. */
    public static final String BEFORE_MOVE = "before-move";

    private static final Logger LOG = LoggerFactory.getLogger(FaultPoint.class);

    private final String pauseAt;

    private FaultPoint(String pauseAt) {
        this.pauseAt = pauseAt;
    }

    /** The fault point this JVM was started with, or one that never pauses. */
    public static FaultPoint fromSystemProperty() {
        return new FaultPoint(System.getProperty(PROPERTY, ""));
    }

    /** Pauses for good when {@code step} is the one named at start-up; returns at once otherwise. */
    void reached(String step, String inputName) throws InterruptedException {
        if (step.equals(pauseAt)) {
            LOG.warn("fault point {} reached: {}", step, inputName);
            new CountDownLatch(1).await();
        }
    }
}
