package org.juesuan.ingest.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a run of {@code check} takes from where it runs rather than from its arguments: the folder
 * its relative paths mean (the caller's, which for the resident checker is another process's) and
 * where its reading children come from.
 */
public record CheckContext(Path workingDirectory, CheckReadings readings) {
    public CheckContext {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(readings, "readings");
    }

    /** A check run in this process, from its own folder, with children of its own. */
    public static CheckContext cold() {
        return new CheckContext(Path.of(""), CheckReadings.fresh());
    }

    /** {@code path} as this run's caller means it: relative paths against the caller's folder. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
