package org.juesuan.ingest.route;

import java.io.File;
import java.time.Instant;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.juesuan.ingest.process.CopyCompleteness;

/**
 * The watch route's file filter: lets through only files {@link CopyCompleteness} says are complete.
 * A file held back is looked at again at the next scan, without blocking the poller.
 */
final class CompleteFilesOnly implements GenericFileFilter<File> {
    private final CopyCompleteness completeness;

    CompleteFilesOnly(CopyCompleteness completeness) {
        this.completeness = completeness;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return file.isDirectory() || completeness.complete(file.getFile().toPath(), Instant.now());
    }
}
