package org.juesuan.serve.security;

/** Turns a password into a salted, slow hash that can be stored, and checks a password against one. */
public interface PasswordHasher {
    String hash(String password);

    /** Whether the password gives the stored hash; false for a hash this hasher cannot read. */
    boolean matches(String password, String storedHash);
}
