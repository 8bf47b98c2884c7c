package org.juesuan.serve.security;

import org.juesuan.store.Role;

/**
 * Who sent a request, as the security filter established it.
 *
 * @param csrfToken the browser session's token; null for HTTP Basic, which is not cookie-borne
 */
public record Principal(String name, Role role, String csrfToken) {
    public boolean viaSession() {
        return csrfToken != null;
    }
}
