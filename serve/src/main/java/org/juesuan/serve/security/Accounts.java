package org.juesuan.serve.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.juesuan.serve.bcrypt.BcryptPasswordHasher;
import org.juesuan.store.Role;
import org.juesuan.store.StoredUser;
import org.juesuan.store.Users;

/**
 * The users of the review app: who they are, their passwords checked against the stored hashes,
 * and the first admin a fresh store needs. A Basic-authenticated API client sends its password on
 * every call; a bcrypt check each time would cost more than most calls, so a password once
 * verified is remembered (as a keyed digest, never in clear) for as long as the stored hash is
 * unchanged.
 */
public final class Accounts {
    public static final String FIRST_ADMIN = "admin";
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MAX_REMEMBERED = 1000;

    private final Users users;
    private final PasswordHasher hasher;
    private final byte[] digestKey = new byte[32];
    private final String unknownUserHash;
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public Accounts(Users users) {
        this(users, new BcryptPasswordHasher());
    }

    Accounts(Users users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        random.nextBytes(digestKey);
        // An unknown name costs the same hash check as a known one, so timing does not tell names apart.
        this.unknownUserHash = hasher.hash(randomPassword());
    }

    /**
     * Creates the admin when the store has no active one: with the given password (the
     * JUESUAN_ADMIN_PASSWORD the operator set), else a random one, returned so the caller prints it once.
     */
    public Optional<String> ensureFirstAdmin(String fromEnvironment) {
        if (users.anyAdmin()) {
            return Optional.empty();
        }
        boolean generated = fromEnvironment == null || fromEnvironment.isBlank();
        String password = generated ? randomPassword() : fromEnvironment;
        checkPassword(password);
        String hash = hasher.hash(password);
        if (!users.create(FIRST_ADMIN, Role.ADMIN, hash)) {
            users.setPasswordHash(FIRST_ADMIN, hash);
            users.setRole(FIRST_ADMIN, Role.ADMIN);
            users.setDisabled(FIRST_ADMIN, false);
        }
        return generated ? Optional.of(password) : Optional.empty();
    }

    /** The active user these credentials name, when the password is theirs. */
    public Optional<StoredUser> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        Optional<StoredUser> user = users.find(name).filter(u -> !u.disabled());
        if (user.isEmpty()) {
            hasher.matches(password, unknownUserHash);
            return Optional.empty();
        }
        String key = name + '\n' + digest(password);
        String hash = user.get().passwordHash();
        if (hash.equals(verified.get(key))) {
            return user;
        }
        if (!hasher.matches(password, hash)) {
            return Optional.empty();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, hash);
        return user;
    }

    /** The active user of that name (a session's user may have been disabled since). */
    public Optional<StoredUser> active(String name) {
        return users.find(name).filter(u -> !u.disabled());
    }

    public List<StoredUser> list() {
        return users.list();
    }

    /** Adds a user; false when the name is taken. */
    public boolean create(String name, Role role, String password) {
        checkName(name);
        checkPassword(password);
        return users.create(name, role, hasher.hash(password));
    }

    public boolean resetPassword(String name, String password) {
        checkPassword(password);
        return users.setPasswordHash(name, hasher.hash(password));
    }

    public boolean setRole(String name, Role role) {
        return users.setRole(name, role);
    }

    public boolean setDisabled(String name, boolean disabled) {
        return users.setDisabled(name, disabled);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 100 || !name.equals(name.strip())
                || name.chars().anyMatch(c -> Character.isISOControl(c) || c == ':' || c == '/')) {
            throw new IllegalArgumentException("用户名须为 1–100 个字符，不含冒号、斜杠与控制字符 (invalid user name)");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("密码须至少 8 个字符、至多 72 字节 (password: 8 characters to 72 bytes)");
        }
    }

    private String randomPassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
