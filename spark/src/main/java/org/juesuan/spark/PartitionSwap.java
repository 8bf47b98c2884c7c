package org.juesuan.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a committed partition of a table safely: the new one is written aside
 * ({@code _swap-run=ID}, a name Spark leaves out of the table), then the live one is moved to
 * {@code _old-run=ID}, the new one into its place, and the old one deleted. A job killed at any
 * point leaves one of four states, which {@link #recover()} (run by {@link RunLedger} before the
 * next run) resolves: the live partition is never lost, and a reader never sees two of it.
 */
final class PartitionSwap {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionSwap.class);
    private static final String ASIDE = "_swap-run=";
    private static final String OLD = "_old-run=";

    private final FileSystem fileSystem;
    private final Path table;

    PartitionSwap(FileSystem fileSystem, Path table) {
        this.fileSystem = fileSystem;
        this.table = table;
    }

    /** Where the new version of partition {@code run} is written before {@link #swapIn}. */
    Path aside(String run) {
        return new Path(table, ASIDE + run);
    }

    /** Puts the partition written {@link #aside} in place of the live one. */
    void swapIn(String run) throws IOException {
        Path live = live(run);
        if (!fileSystem.exists(new Path(aside(run), "_SUCCESS"))) {
            throw new IOException("the new " + live + " was not written whole; not swapped in");
        }
        rename(live, old(run));
        rename(aside(run), live);
        fileSystem.delete(old(run), true);
    }

    /** Resolves what a job killed during a swap left, for every partition of the table. */
    void recover() throws IOException {
        if (!fileSystem.exists(table)) {
            return;
        }
        for (FileStatus entry : fileSystem.listStatus(table)) {
            String name = entry.getPath().getName();
            if (name.startsWith(ASIDE)) {
                recover(name.substring(ASIDE.length()));
            } else if (name.startsWith(OLD)) {
                recover(name.substring(OLD.length()));
            }
        }
    }

    private void recover(String run) throws IOException {
        Path live = live(run);
        if (fileSystem.exists(live)) {
            // killed before the swap (the new one incomplete or unused) or after it (the old one not yet deleted)
            fileSystem.delete(aside(run), true);
            fileSystem.delete(old(run), true);
        } else if (fileSystem.exists(old(run))) {
            // killed between the two moves: the new one if it was written whole, else the old one back
            if (fileSystem.exists(new Path(aside(run), "_SUCCESS"))) {
                rename(aside(run), live);
                fileSystem.delete(old(run), true);
            } else {
                rename(old(run), live);
                fileSystem.delete(aside(run), true);
            }
        } else {
            fileSystem.delete(aside(run), true); // never live: nothing to put back
        }
        LOG.warn("{}: recovered a swap of run={} that a killed job left", table, run);
    }

    private Path live(String run) {
        return new Path(table, "run=" + run);
    }

    private Path old(String run) {
        return new Path(table, OLD + run);
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fileSystem.rename(from, to)) {
            throw new IOException("cannot move " + from + " to " + to);
        }
    }
}
