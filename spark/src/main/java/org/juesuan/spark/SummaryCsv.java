package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.juesuan.model.Severity;
import org.juesuan.output.run.SeverityLabel;

/**
 * {@code summary.csv}: over every committed run, one line per organization, year and rule — the
 * documents with such findings and the findings by severity — in UTF-8 with a byte-order mark, as
 * findings.csv, so Excel opens it. Small by construction (organizations × years × rules), so it is
 * gathered on the driver and written as one file.
 */
final class SummaryCsv {
    static final String FILE = "summary.csv";
    private static final String HEADER = "单位,年度,规则编号,规则,文件数,问题数,错误,警告,提示";

    private final SparkSession spark;
    private final RunLedger ledger;

    SummaryCsv(SparkSession spark, RunLedger ledger) {
        this.spark = spark;
        this.ledger = ledger;
    }

    void write() throws IOException {
        List<Row> lines = spark.read().parquet(ledger.table(RunLedger.FINDINGS))
                .groupBy(col("organization"), col("year"), col("rule_id"), col("rule"))
                .agg(countDistinct(col("hash")).as("documents"), count(lit(1)).as("findings"),
                        severity(Severity.ERROR).as("errors"), severity(Severity.WARNING).as("warnings"), severity(Severity.INFO).as("infos"))
                .orderBy(col("organization"), col("year"), col("rule_id"))
                .collectAsList();
        try (Writer out = new OutputStreamWriter(ledger.fileSystem().create(ledger.file(FILE), true), StandardCharsets.UTF_8)) {
            out.write("\uFEFF" + HEADER + "\r\n");
            for (Row line : lines) {
                StringBuilder record = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    record.append(i == 0 ? "" : ",").append(field(line.get(i)));
                }
                out.write(record + "\r\n");
            }
        }
    }

    private static Column severity(Severity severity) {
        return sum(when(col("severity").equalTo(lit(SeverityLabel.of(severity))), 1).otherwise(0));
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; a formula start is defused. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.matches("^[=+\\-@\t\r].*") && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
