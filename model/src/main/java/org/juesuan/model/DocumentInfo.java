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
 * @param ocrPages     the 1-based pages whose text was read by OCR (scanned pages without a text layer), ascending;
 *                     empty when every page was read from the file's text (and in a model written before the field existed)
 */
public record DocumentInfo(String id, String sourceName, DocumentFormat format, int pages,
                           String title, String organization, Integer fiscalYear, DocumentKind kind,
                           java.util.List<Integer> ocrPages) {
    /** A document whose pages were all read from the file's text. */
    public DocumentInfo(String id, String sourceName, DocumentFormat format, int pages,
                        String title, String organization, Integer fiscalYear, DocumentKind kind) {
        this(id, sourceName, format, pages, title, organization, fiscalYear, kind, java.util.List.of());
    }

    /** A final-accounts document, the kind every document was before budgets were read. */
    public DocumentInfo(String id, String sourceName, DocumentFormat format, int pages,
                        String title, String organization, Integer fiscalYear) {
        this(id, sourceName, format, pages, title, organization, fiscalYear, DocumentKind.FINAL_ACCOUNTS, java.util.List.of());
    }

    public DocumentInfo {
        kind = kind == null ? DocumentKind.FINAL_ACCOUNTS : kind;
        ocrPages = ocrPages == null ? java.util.List.of() : java.util.List.copyOf(new java.util.TreeSet<>(ocrPages));
        Checks.text(id, "id");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("id must be a SHA-256 hex digest, was " + id);
        }
        Checks.text(sourceName, "sourceName");
        Checks.present(format, "format");
        Checks.page(pages, "document");
        for (int page : ocrPages) {
            Checks.page(page, "ocrPages");
        }
    }

    /** Whether the text of 1-based {@code page} was read by OCR. */
    public boolean readByOcr(int page) {
        return java.util.Collections.binarySearch(ocrPages, page) >= 0;
    }
}
