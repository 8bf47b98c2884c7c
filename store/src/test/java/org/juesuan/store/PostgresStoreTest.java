package org.juesuan.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The PostgreSQL option against a real PostgreSQL this test starts (Debian's postgresql package,
 * which .ci/run installs): the same migrations, the same contract as H2. Each test gets a fresh
 * schema by dropping and recreating the public one.
 */
class PostgresStoreTest extends StoreContract {
    private static LocalPostgres postgres;
    private ReviewStore store;

    @BeforeAll
    static void startPostgres() throws Exception {
        assertTrue(LocalPostgres.binaries().isPresent(), "PostgreSQL is not installed (apt-get install postgresql)");
        postgres = LocalPostgres.start(LocalPostgres.binaries().orElseThrow());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        StoreLocation location = postgres.location();
        try (var c = java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        store = ReviewStore.open(location, 4);
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
