package org.juesuan.serve.bcrypt;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.juesuan.serve.security.PasswordHasher;

/**
 * The adapter for Bouncy Castle's bcrypt: hashes in the OpenBSD form ({@code $2y$10$…}), salt and
 * cost inside the text. Cost 10 takes tens of milliseconds a check, slow enough to make guessing
 * expensive while a login stays quick; API calls with Basic do not pay it each time (see Accounts).
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    private static final int COST = 10;
    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
    }

    @Override
    public boolean matches(String password, String storedHash) {
        try {
            return OpenBSDBCrypt.checkPassword(storedHash, password.toCharArray());
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException e) {
            return false;
        }
    }
}
