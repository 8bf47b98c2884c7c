package org.juesuan.output.run;

import java.io.IOException;
import java.util.List;

/**
 * Everything a run has produced so far, held in memory: the documents read and the files that failed
 * ({@code check}'s few documents); a long run reads its rows back from a file instead (see {@link RunRows}).
 */
public record RunSummary(List<DocumentSummary> documents, List<FailedDocument> failures) implements RunRows {
    public RunSummary {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    @Override
    public void documents(Visitor<DocumentSummary> visitor) throws IOException {
        for (DocumentSummary document : documents) {
            visitor.visit(document);
        }
    }

    @Override
    public void failures(Visitor<FailedDocument> visitor) throws IOException {
        for (FailedDocument failure : failures) {
            visitor.visit(failure);
        }
    }
}
