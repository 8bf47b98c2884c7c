package org.juesuan.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The seam for the job's second stage: compares an organization's consecutive years. It receives
 * {@link OrganizationYears#SCHEMA_DOC}: one row per organization, its processed documents by year
 * (year, hash, path, name), years ascending; what it returns is written as the table
 * {@code cross_year/}. The cross-year checks plug in here (an executor can reread each document's
 * model from its path with the same reading as the first stage); until then {@link #NONE}.
 */
@FunctionalInterface
public interface CrossYearStage {
    /** No comparison yet: the grouping is written, no cross-year table. */
    CrossYearStage NONE = groups -> null;

    /** Cross-year findings for the groups, or null when there is nothing to write. */
    Dataset<Row> compare(Dataset<Row> organizationYears);
}
