package org.juesuan.store;

import java.time.Instant;

/** A user as stored: the password only as its hash. */
public record StoredUser(String name, Role role, String passwordHash, Instant createdAt, boolean disabled) {
}
