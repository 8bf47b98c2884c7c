package org.juesuan.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.juesuan.store.StoreLocation;
import org.juesuan.store.StoreException;

/**
 * The adapter for HikariCP and Flyway: a pooled data source whose schema the migrations under
 * {@code db/migration} have brought up to date. Closing it closes the pool.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    public static Database open(StoreLocation location, int maxConnections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        config.setMaximumPoolSize(maxConnections);
        config.setPoolName("juesuan-store");
        config.setInitializationFailTimeout(10_000);
        // A busy machine (many uploads read at once) can hold every connection a while: wait rather than fail.
        config.setConnectionTimeout(120_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("无法连接数据库 " + location + "（cannot connect: " + e.getMessage() + "）", e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("数据库迁移失败 " + location + "（migration failed: " + e.getMessage() + "）", e);
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
