package org.juesuan.ingest.cli;

import org.juesuan.store.StoreLocation;
import picocli.CommandLine.Option;

/** watch and batch: {@code --store} writes every result into the review store too, so it shows in the app. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR|JDBC_URL",
            description = {"同时写入审核库：数据目录（如 juesuan-data，内含 H2 数据库文件）或 jdbc:postgresql://… 地址",
                "also record each result in the review store: a data folder (its H2 file) or a jdbc:postgresql:// URL"})
    String store;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户 (database user; else JUESUAN_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "数据库密码 (database password; else JUESUAN_DB_PASSWORD)")
    String password;

    /** The recorder that writes each result into the store, or null without --store. */
    org.juesuan.ingest.review.StoreRecorder recorder(String origin) {
        return store == null ? null
                : new org.juesuan.ingest.review.StoreRecorder(org.juesuan.store.ReviewStore.open(location(), 4), origin);
    }

    /** The pipeline, telling the recorder (if any) of each document it writes. */
    static org.juesuan.ingest.process.Pipeline attach(org.juesuan.ingest.process.Pipeline pipeline,
                                                     org.juesuan.ingest.review.StoreRecorder recorder) {
        if (recorder != null) {
            pipeline.processor().onProcessed(recorder);
        }
        return pipeline;
    }

    /** The store's location, or null without --store. */
    StoreLocation location() {
        return store == null ? null : StoreLocation.of(store, user, password);
    }
}
