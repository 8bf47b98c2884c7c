package org.juesuan.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingRow;
import org.juesuan.spark.document.FindingFields;

/** What a batch output folder holds, by document hash: each document's finding rows, each failure's reason. */
record BatchResults(Map<String, List<String>> findings, Map<String, String> failures) {
    /** The input names of batch's error records (ZIP!entry for a zip's entry). */
    static List<String> failedNames(Path out) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".error.json")).toList()) {
                names.add(mapper.readTree(file.toFile()).path("input").asText());
            }
        }
        return names;
    }

    static BatchResults read(Path out) throws IOException {
        Map<String, List<String>> findings = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        DisclosureJson json = new DisclosureJson();
        JsonMapper mapper = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".error.json")) {
                    JsonNode record = mapper.readTree(file.toFile());
                    failures.put(record.path("documentId").asText(), record.path("reason").asText());
                } else if (name.endsWith(".json") && !name.equals("summary.json")) {
                    Disclosure disclosure = json.read(file);
                    DocumentSummary summary = DocumentSummary.of(disclosure, name);
                    List<String> rows = new ArrayList<>();
                    disclosure.findings().forEach(f -> rows.add(SparkTables.text(FindingFields.row(new FindingRow(summary, f)), 1)));
                    findings.put(disclosure.document().id(), SparkTables.sorted(rows));
                }
            }
        }
        return new BatchResults(findings, failures);
    }
}
