package org.juesuan.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.juesuan.serve.DocumentChecker.Upload;
import org.juesuan.serve.security.SecurityFilter;
import org.juesuan.serve.xlsx.DecisionsWorkbook;
import org.juesuan.store.Decision;
import org.juesuan.store.DocumentQuery;
import org.juesuan.store.DocumentStatus;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.StoredDocument;

/** The JSON API (documented in the README) and the generated pages: report, page image, decisions workbook. */
final class ApiRoutes {
    private final ReviewStore store;
    private final UploadQueue queue;
    private final ServeSettings settings;
    private final ReportPages pages;

    ApiRoutes(ReviewStore store, UploadQueue queue, ServeSettings settings, ReportPages pages) {
        this.store = store;
        this.queue = queue;
        this.settings = settings;
        this.pages = pages;
    }

    void register(Javalin app) {
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        app.post("/api/documents", this::upload);
        app.get("/api/documents", this::list);
        app.get("/api/documents/{id}", ctx -> ctx.json(documentView(id(ctx))));
        app.get("/api/documents/{id}/model", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(store.modelJson(id(ctx)).orElseThrow(() -> notFound("文档尚未读完或不存在"))));
        app.get("/api/documents/{id}/report", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(pages.report(id(ctx))));
        app.get("/api/findings/{id}/page.png", ctx -> ctx.contentType("image/png").result(pages.pageImage(id(ctx))));
        app.post("/api/findings/{id}/decision", this::decide);
        app.post("/api/findings/{id}/comments", this::comment);
        app.get("/api/decisions.xlsx", ctx -> ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"decisions.xlsx\"")
                .result(DecisionsWorkbook.write(store.decided(), store)));
    }

    private void upload(Context ctx) throws IOException, InterruptedException {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (IllegalStateException e) {
            // Jetty stops parsing a part past the multipart limit: that is the size limit too, not a server error.
            if (e.getMessage() == null || !e.getMessage().contains("exceeds")) {
                throw e;
            }
            ctx.status(413).json(Map.of("error", "文件过大（上限 " + settings.maxUploadBytes() + " 字节）"));
            return;
        }
        if (files.isEmpty()) {
            ctx.status(400).json(Map.of("error", "请在表单字段 file 中上传文件 (multipart field file is missing)"));
            return;
        }
        List<UploadQueue.Queued> queued = new ArrayList<>();
        for (UploadedFile file : files) {
            if (file.size() > settings.maxUploadBytes()) {
                ctx.status(413).json(Map.of("error", "文件过大（" + file.size() + " 字节，上限 " + settings.maxUploadBytes() + "）"));
                return;
            }
            byte[] content;
            try (InputStream in = file.content()) {
                content = in.readAllBytes();
            }
            queued.addAll(queue.submit(new Upload(displayName(file.filename()), content)));
        }
        boolean finished = awaitAll(queued);
        List<Map<String, Object>> views = queued.stream().map(q -> documentView(q.documentId())).toList();
        ctx.status(finished ? 201 : 202);
        ctx.json(views.size() == 1 ? views.get(0) : Map.of("documents", views));
    }

    /** Waits for the readings up to the settings' answer time; false when some are still going. */
    private boolean awaitAll(List<UploadQueue.Queued> queued) throws InterruptedException {
        long deadline = System.nanoTime() + settings.answerWithin().toNanos();
        for (UploadQueue.Queued q : queued) {
            try {
                q.reading().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading failed unexpectedly", e.getCause());
            }
        }
        return true;
    }

    /** The last path element of the name the browser sent, for display only. */
    private static String displayName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        String open = ctx.queryParam("open");
        String year = ctx.queryParam("year");
        DocumentQuery query = new DocumentQuery(ctx.queryParam("q"),
                year == null || year.isBlank() ? null : Integer.valueOf(year),
                status == null || status.isBlank() ? null : DocumentStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                open == null || open.isBlank() ? null : Boolean.valueOf(open), 1000);
        ctx.json(store.documents(query).stream().map(ApiViews::document).toList());
    }

    private Map<String, Object> documentView(long id) {
        StoredDocument d = store.document(id).orElseThrow(() -> notFound("没有编号为 " + id + " 的文档"));
        return ApiViews.documentWithFindings(d, store.findings(id), store.otherYears(id));
    }

    private void decide(Context ctx) {
        long id = id(ctx);
        DecisionRequest request = ctx.bodyAsClass(DecisionRequest.class);
        Decision decision = Decision.parse(request.decision());
        if (decision == Decision.DISMISSED && (request.comment() == null || request.comment().isBlank())) {
            throw new IllegalArgumentException("驳回须说明理由 (a dismissal needs a comment giving the reason)");
        }
        store.decide(id, decision, request.comment(), user(ctx));
        ctx.json(ApiViews.finding(store.finding(id).orElseThrow()));
    }

    private void comment(Context ctx) {
        long id = id(ctx);
        DecisionRequest request = ctx.bodyAsClass(DecisionRequest.class);
        if (request.comment() == null || request.comment().isBlank()) {
            throw new IllegalArgumentException("评论不能为空 (comment is empty)");
        }
        store.comment(id, request.comment(), user(ctx));
        ctx.status(201).json(Map.of("ok", true));
    }

    /** Who acts: the logged-in user (an X-Reviewer header, which pages sent before logins, is ignored). */
    private static String user(Context ctx) {
        return SecurityFilter.principal(ctx).name();
    }

    /** Body of the decision and comment calls. */
    record DecisionRequest(String decision, String comment) {
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("编号应为数字 (id must be a number)");
        }
    }

    static io.javalin.http.NotFoundResponse notFound(String message) {
        return new io.javalin.http.NotFoundResponse(message);
    }
}
