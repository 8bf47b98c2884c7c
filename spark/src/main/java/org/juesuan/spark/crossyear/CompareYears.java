package org.juesuan.spark.crossyear;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.juesuan.crossyear.ArchivePairs;
import org.juesuan.crossyear.CrossYearCheck;
import org.juesuan.crossyear.CrossYearComparison;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Finding;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingRow;
import org.juesuan.spark.document.FindingFields;

/**
 * One organization's documents of one kind (an executor holds only their small figures): each
 * document with its previous year present is compared with it as batch's cross-year stage does, and
 * its findings become rows of the findings table (path, hash, then the CSV's columns), numbered after
 * the document's other findings.
 */
final class CompareYears implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String organization, Iterator<Row> documents) {
        Map<YearFigures, Row> rows = new IdentityHashMap<>();
        documents.forEachRemaining(row -> rows.put(YearFiguresJson.read(row.getAs(CrossYearStage.FIGURES)), row));
        List<Row> findings = new ArrayList<>();
        for (Map.Entry<YearFigures, List<YearFigures>> pair : ArchivePairs.previousYears(rows.keySet()).entrySet()) {
            if (pair.getValue().isEmpty()) {
                continue;
            }
            Row document = rows.get(pair.getKey());
            int before = document.<Integer>getAs("findings");
            CrossYearComparison comparison = CrossYearCheck.compare(pair.getValue(), pair.getKey(), before);
            DocumentSummary summary = summary(document, pair.getKey(), comparison.findings());
            comparison.findings().stream().sorted(FindingRow.order())
                    .forEach(finding -> findings.add(row(document, summary, finding)));
        }
        return findings.iterator();
    }

    /** What the CSV's columns read of the document: its file name, organization and year as the first stage found them. */
    private static DocumentSummary summary(Row document, YearFigures figures, List<Finding> findings) {
        DocumentInfo info = new DocumentInfo(document.getAs("hash"), document.getAs("name"),
                DocumentFormat.valueOf(document.getAs("format")), document.<Integer>getAs("pages"), document.getAs("title"),
                document.getAs("organization"), document.getAs("year"), figures.identity().kind());
        return new DocumentSummary(document.getAs("name") + ".html", info, findings, 0);
    }

    private static Row row(Row document, DocumentSummary summary, Finding finding) {
        Row columns = FindingFields.row(new FindingRow(summary, finding));
        Object[] values = new Object[columns.size() + 2];
        values[0] = document.getAs("path");
        values[1] = document.getAs("hash");
        for (int i = 0; i < columns.size(); i++) {
            values[i + 2] = columns.get(i);
        }
        return RowFactory.create(values);
    }
}
