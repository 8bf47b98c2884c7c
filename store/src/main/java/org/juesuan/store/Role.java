package org.juesuan.store;

import java.util.Locale;

/** What a user may do: a reviewer uploads, decides and comments; an admin also manages users. */
public enum Role {
    REVIEWER,
    ADMIN;

    /** Whether a user of this role may do what {@code needed} may. */
    public boolean covers(Role needed) {
        return this == ADMIN || needed == REVIEWER;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.apiName().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("角色应为 reviewer 或 admin (role must be reviewer or admin): " + text);
    }
}
