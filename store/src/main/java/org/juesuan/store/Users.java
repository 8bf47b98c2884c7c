package org.juesuan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users table: names, roles and password hashes; a user is disabled rather than deleted, so decisions keep their author. */
public final class Users {
    private static final String SELECT = "SELECT name, role, password_hash, created_at, disabled FROM users";

    private final Sql sql;

    Users(Sql sql) {
        this.sql = sql;
    }

    public Optional<StoredUser> find(String name) {
        return sql.query(SELECT + " WHERE name = ?", Users::user, name).stream().findFirst();
    }

    public List<StoredUser> list() {
        return sql.query(SELECT + " ORDER BY name", Users::user);
    }

    /** Whether an admin who is not disabled exists: when none does, the server creates the first one. */
    public boolean anyAdmin() {
        return !sql.query("SELECT 1 FROM users WHERE role = ? AND disabled = FALSE", r -> 1, Role.ADMIN.name()).isEmpty();
    }

    /** Adds a user; false when the name is taken. */
    public boolean create(String name, Role role, String passwordHash) {
        return sql.inTransaction(c -> {
            if (!Sql.query(c, "SELECT 1 FROM users WHERE name = ?", r -> 1, name).isEmpty()) {
                return false;
            }
            Sql.update(c, "INSERT INTO users (name, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, FALSE)",
                    name, role.name(), passwordHash, Instant.now());
            return true;
        });
    }

    /** Replaces the user's password hash; false when there is no such user. */
    public boolean setPasswordHash(String name, String passwordHash) {
        return sql.update("UPDATE users SET password_hash = ? WHERE name = ?", passwordHash, name) == 1;
    }

    public boolean setRole(String name, Role role) {
        return sql.update("UPDATE users SET role = ? WHERE name = ?", role.name(), name) == 1;
    }

    public boolean setDisabled(String name, boolean disabled) {
        return sql.update("UPDATE users SET disabled = ? WHERE name = ?", disabled, name) == 1;
    }

    private static StoredUser user(ResultSet row) throws SQLException {
        return new StoredUser(row.getString("name"), Role.valueOf(row.getString("role")), row.getString("password_hash"),
                Sql.instant(row, "created_at"), row.getBoolean("disabled"));
    }
}
