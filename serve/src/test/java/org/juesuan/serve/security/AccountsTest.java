package org.juesuan.serve.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.juesuan.store.ReviewStore;
import org.juesuan.store.Role;
import org.juesuan.store.StoreLocation;
import org.juesuan.store.StoredUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users in a real H2 store, passwords through real bcrypt. */
class AccountsTest {
    @TempDir
    Path data;
    private ReviewStore store;
    private Accounts accounts;

    @BeforeEach
    void open() {
        store = ReviewStore.open(StoreLocation.h2(data), 2);
        accounts = new Accounts(store.users());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstAdminTakesThePasswordGivenAndOnlyOnce() {
        assertEquals(Optional.empty(), accounts.ensureFirstAdmin("给定的管理员密码"), "a given password is not printed");
        assertTrue(accounts.authenticate("admin", "给定的管理员密码").isPresent());
        assertEquals(Optional.empty(), accounts.ensureFirstAdmin("another-password"), "an admin exists: nothing changes");
        assertTrue(accounts.authenticate("admin", "another-password").isEmpty());
        StoredUser admin = store.users().find("admin").orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        assertTrue(admin.passwordHash().startsWith("$2y$10$"), "bcrypt, cost 10: " + admin.passwordHash());
        assertFalse(admin.passwordHash().contains("给定的管理员密码"));
    }

    @Test
    void withoutAPasswordARandomOneIsReturnedOnce() {
        String generated = accounts.ensureFirstAdmin(null).orElseThrow();
        assertTrue(generated.length() >= 16, generated);
        assertTrue(accounts.authenticate("admin", generated).isPresent());
        assertEquals(Optional.empty(), new Accounts(store.users()).ensureFirstAdmin(null), "a restart prints nothing");
    }

    @Test
    void wrongPasswordsUnknownNamesAndDisabledUsersAreRefused() {
        assertTrue(accounts.create("李审核", Role.REVIEWER, "正确的密码-123"));
        assertTrue(accounts.authenticate("李审核", "正确的密码-123").isPresent());
        assertTrue(accounts.authenticate("李审核", "正确的密码-456").isEmpty());
        assertTrue(accounts.authenticate("王某", "正确的密码-123").isEmpty());
        assertTrue(accounts.resetPassword("李审核", "新密码-新密码-2"));
        assertTrue(accounts.authenticate("李审核", "正确的密码-123").isEmpty(), "a remembered check ends with the password");
        assertTrue(accounts.authenticate("李审核", "新密码-新密码-2").isPresent());
        accounts.setDisabled("李审核", true);
        assertTrue(accounts.authenticate("李审核", "新密码-新密码-2").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> accounts.create("短密码", Role.REVIEWER, "1234567"));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("a:b", Role.REVIEWER, "12345678"));
    }
}
