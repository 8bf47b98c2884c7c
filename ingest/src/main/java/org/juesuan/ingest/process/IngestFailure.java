package org.juesuan.ingest.process;

import java.util.Objects;

/** An input or document could not be processed for a reason ingest itself detects: limits, time, paths, files. */
public final class IngestFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String chineseReason;
    private final String stage;

    public IngestFailure(String stage, String chineseReason, String englishReason, Throwable cause) {
        super(englishReason, cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.chineseReason = Objects.requireNonNull(chineseReason, "chineseReason");
    }

    public IngestFailure(String stage, String chineseReason, String englishReason) {
        this(stage, chineseReason, englishReason, null);
    }

    public String chineseReason() {
        return chineseReason;
    }

    /** Where it gave up: archive, read (time limit), checks, write, input. */
    public String stage() {
        return stage;
    }
}
