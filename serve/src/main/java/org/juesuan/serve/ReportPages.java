package org.juesuan.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.model.CellBox;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.Finding;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.serve.pdfbox.PageImages;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoredDocument;
import org.juesuan.store.StoredFinding;

/**
 * What the document page shows beside the findings: the reviewer's report (output's HTML, the
 * same as {@code check} writes) and, for a PDF finding, its page with the cited cells boxed.
 * The last few models read are kept, since a reviewer opens one document's findings one by one.
 */
final class ReportPages {
    private static final int MODELS_KEPT = 8;

    private final ReviewStore store;
    private final DisclosureJson json = new DisclosureJson();
    private final Map<Long, Disclosure> models = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Disclosure> eldest) {
            return size() > MODELS_KEPT;
        }
    };

    ReportPages(ReviewStore store) {
        this.store = store;
    }

    byte[] report(long documentId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentReportHtml().write(model(documentId), out);
        return out.toByteArray();
    }

    /** The finding's page (a cited cell's page for table findings), its cited cells boxed in red. */
    byte[] pageImage(long findingId) throws IOException {
        StoredFinding stored = store.finding(findingId).orElseThrow(() -> ApiRoutes.notFound("没有编号为 " + findingId + " 的问题"));
        StoredDocument document = store.document(stored.documentId()).orElseThrow();
        if (!DocumentFormat.PDF.name().equals(document.format())) {
            throw ApiRoutes.notFound("只有 PDF 文件有页面图像");
        }
        Disclosure model = model(stored.documentId());
        Finding finding = model.findings().stream().filter(f -> f.id().equals(stored.key())).findFirst()
                .orElseThrow(() -> ApiRoutes.notFound("模型中没有该问题"));
        List<TableCell> cells = citedCells(model, finding);
        int page = cells.isEmpty() ? finding.evidence().page() : cells.get(0).page();
        List<CellBox> boxes = cells.stream().filter(c -> c.page() == page && c.box() != null).map(TableCell::box).toList();
        byte[] pdf = store.content(document.sha256()).orElseThrow(() -> ApiRoutes.notFound("原文件不在库中"));
        return PageImages.render(pdf, page, boxes);
    }

    private static List<TableCell> citedCells(Disclosure model, Finding finding) {
        List<TableCell> cells = new ArrayList<>();
        for (CellRef ref : finding.cells()) {
            model.tables().stream().filter(t -> t.id().equals(ref.tableId())).findFirst()
                    .flatMap(t -> cellAt(t, ref)).ifPresent(cells::add);
        }
        return cells;
    }

    private static java.util.Optional<TableCell> cellAt(Table table, CellRef ref) {
        return table.cells().stream().filter(c -> c.row() <= ref.row() && ref.row() < c.row() + c.rowSpan()
                && c.column() <= ref.column() && ref.column() < c.column() + c.columnSpan()).findFirst();
    }

    private Disclosure model(long documentId) throws IOException {
        synchronized (models) {
            Disclosure kept = models.get(documentId);
            if (kept != null) {
                return kept;
            }
        }
        String text = store.modelJson(documentId).orElseThrow(() -> ApiRoutes.notFound("文档尚未读完或不存在"));
        Disclosure model = json.read(text);
        synchronized (models) {
            models.put(documentId, model);
        }
        return model;
    }
}
