package org.juesuan.model;

import java.util.List;

/**
 * One disclosure, read: the product's public contract, serialised as JSON field for field.
 *
 * @param schemaVersion the version of this contract; raised when a field changes meaning or name
 * @param document      identity and front matter
 * @param text          the extracted text every offset points into (blocks joined by a newline)
 * @param blocks        headings, paragraphs, tables and captions in reading order
 * @param sections      the section tree, in document order (parents before children)
 * @param tables        tables with their cells
 * @param figures       every figure in text order
 * @param statements    figures bound into statements (empty until the binder runs)
 * @param findings      inconsistencies (empty until the checks run)
 * @param warnings      recoverable problems met while reading
 */
public record Disclosure(int schemaVersion, DocumentInfo document, String text, List<Block> blocks,
                         List<Section> sections, List<Table> tables, List<Figure> figures,
                         List<Statement> statements, List<Finding> findings,
                         List<ExtractionWarning> warnings) {
    public static final int SCHEMA_VERSION = 2;

    public Disclosure {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        Checks.present(document, "document");
        Checks.present(text, "text");
        blocks = Checks.copy(blocks, "blocks");
        sections = Checks.copy(sections, "sections");
        tables = Checks.copy(tables, "tables");
        figures = Checks.copy(figures, "figures");
        statements = Checks.copy(statements, "statements");
        findings = Checks.copy(findings, "findings");
        warnings = Checks.copy(warnings, "warnings");
        for (Block block : blocks) {
            if (block.end() > text.length()) {
                throw new IllegalArgumentException(block.id() + " ends beyond the text");
            }
        }
    }

    /** True when any warning says the text does not look like a disclosure. */
    public boolean looksLikeDisclosure() {
        return warnings.stream().noneMatch(w -> w.code() == WarningCode.NOT_A_DISCLOSURE);
    }
}
