package org.juesuan.output.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.juesuan.model.Finding;

/** One finding with the document it belongs to: a row of the workbook's findings sheet and of the CSV. */
public record FindingRow(DocumentSummary document, Finding finding) {
    private static final Comparator<Finding> BY_SEVERITY_THEN_PLACE = Comparator
            .comparing(Finding::severity)
            .thenComparingInt(f -> f.evidence().start())
            .thenComparing(Finding::id);

    /** Documents in run order; within one, errors first, then in text order, as the HTML report shows them. */
    public static List<FindingRow> of(RunSummary run) {
        List<FindingRow> rows = new ArrayList<>();
        for (DocumentSummary document : run.documents()) {
            rows.addAll(of(document));
        }
        return rows;
    }

    /** One document's rows: errors first, then in text order. */
    public static List<FindingRow> of(DocumentSummary document) {
        return document.findings().stream().sorted(BY_SEVERITY_THEN_PLACE)
                .map(finding -> new FindingRow(document, finding)).toList();
    }

    /** The order every report lists findings in. */
    public static Comparator<Finding> order() {
        return BY_SEVERITY_THEN_PLACE;
    }
}
