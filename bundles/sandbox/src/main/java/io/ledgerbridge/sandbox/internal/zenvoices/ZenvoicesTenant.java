package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One Zenvoices organisation (ABP tenant, identified by its code): users, administrations, inbox items. */
final class ZenvoicesTenant {

    /**
     * A user with password, permissions and an optional two-factor requirement. Failed logins lock the user out as
     * ABP Zero does by default: {@link #MAX_FAILED_LOGINS} wrong passwords in a row lock it for {@link #LOCKOUT}.
     */
    static final class User {
        static final int MAX_FAILED_LOGINS = 5;
        static final Duration LOCKOUT = Duration.ofSeconds(300);

        final long id;
        final String name;
        String password;
        Set<ZenvoicesPermission> permissions;
        boolean twoFactor;
        private int failedLogins;
        private Instant lockedUntil;

        User(long id, String name, String password, Set<ZenvoicesPermission> permissions) {
            this.id = id;
            this.name = name;
            this.password = password;
            this.permissions =
                    permissions.isEmpty() ? EnumSet.noneOf(ZenvoicesPermission.class) : EnumSet.copyOf(permissions);
        }

        boolean lockedOut(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** Counts a wrong password; returns true when it locked the user out (ASP.NET Identity's AccessFailed). */
        boolean loginFailed(Instant now) {
            if (++failedLogins < MAX_FAILED_LOGINS) {
                return false;
            }
            failedLogins = 0;
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }

        void loginSucceeded() {
            failedLogins = 0;
            lockedUntil = null;
        }
    }

    final String code;
    final Map<String, User> users = new LinkedHashMap<>();
    final Store administrations;
    final Store inbox;
    /** Inbox item id by administration id and externalId, for idempotent uploads. */
    final Map<String, ObjectNode> inboxByExternalId = new HashMap<>();

    ZenvoicesTenant(String code, Capacity capacity, long firstAdministrationId) {
        this.code = code;
        this.administrations = new Store(firstAdministrationId, capacity);
        this.inbox = new Store(firstAdministrationId * 10, capacity);
    }

    User user(String nameOrEmail) {
        return nameOrEmail == null ? null : users.get(nameOrEmail.toLowerCase(Locale.ROOT));
    }

    User putUser(long id, String nameOrEmail, String password, Set<ZenvoicesPermission> permissions) {
        User user = new User(id, nameOrEmail, password, permissions);
        users.put(nameOrEmail.toLowerCase(Locale.ROOT), user);
        return user;
    }

    ObjectNode addAdministration(String administrationCode, String name, boolean active) {
        return administrations.insert(id -> Json.object()
                .put("id", id)
                .put("code", administrationCode)
                .put("name", name)
                .put("isActive", active));
    }

    ObjectNode administrationByCode(String administrationCode) {
        for (ObjectNode administration : administrations.all()) {
            if (administration.path("code").asText().equalsIgnoreCase(administrationCode)) {
                return administration;
            }
        }
        return null;
    }
}
