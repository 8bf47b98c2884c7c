package org.juesuan.spark.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Severity;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingRow;
import org.juesuan.spark.crossyear.YearFiguresJson;

/**
 * A {@link DocumentResult} as one row of the documents table, its findings nested in the column
 * {@value #FINDINGS} (the job writes them out as the findings table, one row each).
 */
public final class ResultRows {
    /** The nested findings, in the report's order (errors first, then text order). */
    public static final String FINDINGS = "finding_rows";
    /** What the cross-year stage compares, as JSON ({@link YearFiguresJson}); null when no organization or year was read. */
    public static final String YEAR_FIGURES = "year_figures";
    /** For a zip's entry (or the zip's own failure), SHA-256 of the zip: a rerun skips the zip once it has rows. */
    public static final String ARCHIVE_HASH = "archive_hash";
    public static final StructType FINDING = DataTypes.createStructType(FindingFields.fields());
    public static final StructType DOCUMENT = DataTypes.createStructType(List.of(
            field("path", DataTypes.StringType), field("name", DataTypes.StringType),
            field("hash", DataTypes.StringType), field("bytes", DataTypes.LongType),
            field("status", DataTypes.StringType), field("stage", DataTypes.StringType),
            field("reason", DataTypes.StringType), field("reason_english", DataTypes.StringType),
            field("format", DataTypes.StringType), field("pages", DataTypes.IntegerType),
            field("organization", DataTypes.StringType), field("year", DataTypes.IntegerType),
            field("title", DataTypes.StringType),
            field("reading_notes", DataTypes.createArrayType(DataTypes.StringType)),
            field("sections", DataTypes.IntegerType), field("tables", DataTypes.IntegerType),
            field("figures", DataTypes.IntegerType), field("findings", DataTypes.IntegerType),
            field("errors", DataTypes.IntegerType), field("warnings", DataTypes.IntegerType),
            field("infos", DataTypes.IntegerType), field("millis", DataTypes.LongType),
            field(ARCHIVE_HASH, DataTypes.StringType), field(YEAR_FIGURES, DataTypes.StringType),
            field(FINDINGS, DataTypes.createArrayType(FINDING))));

    private ResultRows() {
    }

    public static Row row(DocumentResult result) {
        return row(result, null);
    }

    /** A document read from the zip whose SHA-256 is {@code archiveHash}. */
    public static Row row(DocumentResult result, String archiveHash) {
        Disclosure model = result.checked();
        ErrorRecord failure = result.failure();
        String name = failure != null ? failure.input() : model.document().sourceName();
        // Arrays.asList: an entry refused unread has no hash, and List.of takes no null.
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(result.path(), name, result.hash(), result.bytes(),
                result.status().column()));
        values.add(failure == null ? null : failure.stage());
        values.add(failure == null ? null : failure.reason());
        values.add(failure == null ? null : failure.reasonEnglish());
        // A document refused as not a disclosure keeps what was read of it, but, as in batch (an error
        // record, no results), no findings and no counts, and it takes no part in the cross-year stage.
        boolean processed = result.status() == DocumentStatus.PROCESSED;
        if (model == null) {
            addNoModel(values);
        } else {
            addModel(values, model, processed);
        }
        values.add(result.millis());
        values.add(archiveHash);
        values.add(processed ? YearFigures.of(model).map(YearFiguresJson::write).orElse(null) : null);
        values.add(processed ? findings(model, name) : new Row[0]);
        return RowFactory.create(values.toArray());
    }

    /** A document that failed before it was read: no front matter, no notes, no counts. */
    private static void addNoModel(List<Object> values) {
        values.addAll(java.util.Arrays.asList(null, null, null, null, null));
        values.add(new String[0]);
        values.addAll(java.util.Arrays.asList(null, null, null, null, null, null, null));
    }

    private static void addModel(List<Object> values, Disclosure model, boolean counted) {
        values.add(model.document().format().name());
        values.add(model.document().pages());
        values.add(model.document().organization());
        values.add(model.document().fiscalYear());
        values.add(model.document().title());
        values.add(model.warnings().stream().map(w -> w.code() + ": " + w.message()).toArray(String[]::new));
        if (!counted) {
            values.addAll(java.util.Arrays.asList(null, null, null, null, null, null, null));
            return;
        }
        values.add(model.sections().size());
        values.add(model.tables().size());
        values.add(model.figures().size());
        values.add(model.findings().size());
        values.add(count(model, Severity.ERROR));
        values.add(count(model, Severity.WARNING));
        values.add(count(model, Severity.INFO));
    }

    private static Row[] findings(Disclosure model, String name) {
        DocumentSummary summary = DocumentSummary.of(model, name + ".html");
        return model.findings().stream().sorted(FindingRow.order())
                .map(finding -> FindingFields.row(new FindingRow(summary, finding))).toArray(Row[]::new);
    }

    private static int count(Disclosure model, Severity severity) {
        return (int) model.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
