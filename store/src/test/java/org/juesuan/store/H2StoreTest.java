package org.juesuan.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The default store: an H2 file in a fresh data folder. */
class H2StoreTest extends StoreContract {
    @TempDir
    Path data;
    private ReviewStore store;

    @BeforeEach
    void open() {
        store = ReviewStore.open(StoreLocation.h2(data), 4);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    ReviewStore store() {
        return store;
    }
}
