package org.juesuan.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.juesuan.spark.crossyear.CrossYearStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which chunks of earlier runs are committed. Each chunk writes {@code findings/run=ID} first and
 * {@code documents/run=ID} last; a chunk counts once its documents carry Spark's {@code _SUCCESS}
 * marker. What a killed run left — findings without documents, documents without the marker — is
 * removed before the next run, whose documents are then processed again: nothing twice, nothing lost.
 * The findings' cross-year partition belongs to no chunk: the second stage rewrites it whole each run.
 * A documents partition being rewritten (its cross-year counts) when the job was killed is first put
 * right by {@link PartitionSwap#recover()}.
 */
final class RunLedger {
    static final String DOCUMENTS = "documents";
    static final String FINDINGS = "findings";
    private static final Logger LOG = LoggerFactory.getLogger(RunLedger.class);

    private final Path output;
    private final FileSystem fileSystem;

    RunLedger(String output, Configuration hadoop) {
        this.output = new Path(output);
        try {
            this.fileSystem = this.output.getFileSystem(hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + output, e);
        }
    }

    /** Deletes the partitions of chunks that never committed; returns the committed chunk ids. */
    List<String> removeUnfinished() throws IOException {
        documentsSwap().recover();
        List<String> committed = new ArrayList<>();
        for (String run : runs(DOCUMENTS)) {
            if (fileSystem.exists(partition(DOCUMENTS, run).suffix("/_SUCCESS"))) {
                committed.add(run);
            } else {
                delete(DOCUMENTS, run);
            }
        }
        for (String run : runs(FINDINGS)) {
            if (!committed.contains(run) && !CrossYearStage.PARTITION.equals("run=" + run)) {
                delete(FINDINGS, run);
            }
        }
        return committed;
    }

    /** The documents partitions committed so far (each carries its _SUCCESS marker). */
    List<String> committed() throws IOException {
        List<String> committed = new ArrayList<>();
        for (String run : runs(DOCUMENTS)) {
            if (fileSystem.exists(partition(DOCUMENTS, run).suffix("/_SUCCESS"))) {
                committed.add(run);
            }
        }
        return committed;
    }

    /** How a committed documents partition is rewritten in place (the cross-year counts). */
    PartitionSwap documentsSwap() {
        return new PartitionSwap(fileSystem, new Path(output, DOCUMENTS));
    }

    String table(String name) {
        return new Path(output, name).toString();
    }

    String partitionPath(String table, String run) {
        return partition(table, run).toString();
    }

    FileSystem fileSystem() {
        return fileSystem;
    }

    Path file(String name) {
        return new Path(output, name);
    }

    private List<String> runs(String table) throws IOException {
        Path folder = new Path(output, table);
        List<String> runs = new ArrayList<>();
        if (!fileSystem.exists(folder)) {
            return runs;
        }
        for (FileStatus status : fileSystem.listStatus(folder)) {
            String name = status.getPath().getName();
            if (status.isDirectory() && name.startsWith("run=")) {
                runs.add(name.substring("run=".length()));
            }
        }
        return runs;
    }

    private Path partition(String table, String run) {
        return new Path(new Path(output, table), "run=" + run);
    }

    private void delete(String table, String run) throws IOException {
        LOG.warn("removing {}/run={}: left by a run that did not finish; its documents will be processed again", table, run);
        fileSystem.delete(partition(table, run), true);
    }
}
