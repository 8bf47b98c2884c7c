package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.juesuan.spark.document.FindingFields;
import org.juesuan.output.run.FindingColumn;

/** What the job wrote, read back by document hash, in the same shape as {@link BatchResults}. */
record SparkTables(Map<String, List<String>> findings, Map<String, String> failures, Map<String, String> statuses,
                   long documentRows) {
    static SparkTables read(SparkSession spark, String out) {
        Map<String, List<String>> findings = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        Map<String, String> statuses = new TreeMap<>();
        List<Row> documents = spark.read().parquet(out + "/documents").collectAsList();
        for (Row document : documents) {
            // A zip entry refused unread has no hash; batch's record says "null" for it too.
            String hash = String.valueOf(document.<String>getAs("hash"));
            statuses.put(hash, document.getAs("status"));
            if (!"processed".equals(document.getAs("status"))) {
                failures.put(hash, document.getAs("reason"));
            } else {
                findings.put(hash, new ArrayList<>());
            }
        }
        List<String> columns = new ArrayList<>(List.of("hash"));
        for (FindingColumn column : FindingColumn.values()) {
            columns.add(FindingFields.name(column));
        }
        for (Row row : spark.read().parquet(out + "/findings").selectExpr(columns.toArray(String[]::new)).collectAsList()) {
            findings.computeIfAbsent(row.getString(0), h -> new ArrayList<>()).add(text(row, 2));
        }
        findings.replaceAll((hash, list) -> sorted(list));
        return new SparkTables(findings, failures, statuses, documents.size());
    }

    /** A finding row as one comparable line, without the file name (equal bytes may arrive under two names). */
    static String text(Row row, int from) {
        StringBuilder line = new StringBuilder();
        for (int i = from; i < row.size(); i++) {
            line.append(row.get(i)).append('\u0001');
        }
        return line.toString();
    }

    static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }
}
