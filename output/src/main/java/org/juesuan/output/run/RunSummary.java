package org.juesuan.output.run;

import java.util.List;

/**
 * Everything a run has produced so far: the documents read and the files that failed. The batch
 * command builds it once at the end; the watch route builds it again after every document.
 */
public record RunSummary(List<DocumentSummary> documents, List<FailedDocument> failures) {
    public RunSummary {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
