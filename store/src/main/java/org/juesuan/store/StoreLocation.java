package org.juesuan.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives: a JDBC URL with its credentials. By default an H2 file in the data folder
 * (PostgreSQL mode, so one set of migrations serves both); optionally a PostgreSQL database.
 *
 * @param jdbcUrl  jdbc:h2:file:… or jdbc:postgresql://…
 * @param user     database user, or null
 * @param password database password, or null
 */
public record StoreLocation(String jdbcUrl, String user, String password) {
    /** The H2 file name inside the data folder (H2 adds .mv.db). */
    public static final String H2_FILE = "juesuan";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("只支持 H2 与 PostgreSQL 数据库 (only jdbc:h2: and jdbc:postgresql: URLs): " + jdbcUrl);
        }
    }

    /** The embedded default: DIR/juesuan.mv.db, opened by one process at a time, or by several with AUTO_SERVER. */
    public static StoreLocation h2(Path dataFolder) {
        String file = dataFolder.toAbsolutePath().resolve(H2_FILE).toString().replace('\\', '/');
        return new StoreLocation("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE", "sa", "");
    }

    /**
     * A {@code --db} / {@code --store} value: a jdbc: URL as given (user and password from the options,
     * else JUESUAN_DB_USER / JUESUAN_DB_PASSWORD), anything else a data folder for the H2 file.
     */
    public static StoreLocation of(String value, String user, String password) {
        if (value.startsWith("jdbc:")) {
            return new StoreLocation(value, user != null ? user : System.getenv("JUESUAN_DB_USER"),
                    password != null ? password : System.getenv("JUESUAN_DB_PASSWORD"));
        }
        return h2(Path.of(value));
    }

    public boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return jdbcUrl.replaceAll("password=[^&;]*", "password=…");
    }
}
