package org.juesuan.model;

/**
 * What the document is: its identity and the facts read from its front matter.
 *
 * @param id           SHA-256 of the file's bytes, lower-case hex: the document's identity
 * @param sourceName   the file name it arrived under
 * @param format       the format detected from its content (not its extension)
 * @param pages        page count (PDF: pages; Word: rendered page count when the file records it, else 1)
 * @param title        the title as printed (e.g. 上海市普陀区生态环境局2025年度部门决算), or null
 * @param organization the disclosing department or unit (部门 / 单位), or null when not stated
 * @param fiscalYear   the year the accounts (or the budget) cover (决算年度 / 预算年度), or null when not found
 * @param kind         final accounts (决算) or budget (预算); a model written before the field existed reads as final accounts
 */
public record DocumentInfo(String id, String sourceName, DocumentFormat format, int pages,
                           String title, String organization, Integer fiscalYear, DocumentKind kind) {
    /** A final-accounts document, the kind every document was before budgets were read. */
    public DocumentInfo(String id, String sourceName, DocumentFormat format, int pages,
                        String title, String organization, Integer fiscalYear) {
        this(id, sourceName, format, pages, title, organization, fiscalYear, DocumentKind.FINAL_ACCOUNTS);
    }

    public DocumentInfo {
        kind = kind == null ? DocumentKind.FINAL_ACCOUNTS : kind;
        Checks.text(id, "id");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("id must be a SHA-256 hex digest, was " + id);
        }
        Checks.text(sourceName, "sourceName");
        Checks.present(format, "format");
        Checks.page(pages, "document");
    }
}
