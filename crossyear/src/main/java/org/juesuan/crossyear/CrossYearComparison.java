package org.juesuan.crossyear;

import java.util.List;
import org.juesuan.model.Finding;

/**
 * What comparing a document with its organization's previous year gave.
 *
 * @param previous      the previous year's document(s), by file name
 * @param current       the later document, by file name
 * @param linesCompared previous-year figures of the later document checked against the earlier one
 * @param findings      the lines that do not agree, as findings of the later document (rule cross-year)
 */
public record CrossYearComparison(List<String> previous, String current, int linesCompared, List<Finding> findings) {
    public CrossYearComparison {
        previous = List.copyOf(previous);
        findings = List.copyOf(findings);
    }
}
