package io.ledgerbridge.sandbox.internal.zenvoices;

import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything one Zenvoices simulator holds; replaced by a fresh, seeded instance on reset. */
final class ZenvoicesState {

    static final String SEED_TENANT = "SANDBOX";
    static final String SEED_USER = "api@sandbox.test";
    static final String SEED_PASSWORD = "sandbox";

    final Capacity capacity = new Capacity();
    final Map<String, ZenvoicesTenant> tenants = new LinkedHashMap<>();
    final ZenvoicesSessions sessions = new ZenvoicesSessions();
    Duration tokenExpiry;
    private long nextUserId = 1;
    private long nextTenantBase = 1000;

    ZenvoicesState(Duration tokenExpiry) {
        this.tokenExpiry = tokenExpiry;
        ZenvoicesTenant sandbox = tenant(SEED_TENANT);
        sandbox.putUser(nextUserId++, SEED_USER, SEED_PASSWORD, EnumSet.allOf(ZenvoicesPermission.class));
        sandbox.addAdministration("ACME", "ACME B.V.", true);
        sandbox.addAdministration("BETA", "Beta Holding B.V.", true);
    }

    ZenvoicesTenant findTenant(String code) {
        return code == null ? null : tenants.get(code.toUpperCase(Locale.ROOT));
    }

    /** The tenant with this code, created when new. */
    ZenvoicesTenant tenant(String code) {
        return tenants.computeIfAbsent(code.toUpperCase(Locale.ROOT), key -> {
            long base = nextTenantBase;
            nextTenantBase += 1000;
            return new ZenvoicesTenant(key, capacity, base);
        });
    }

    ZenvoicesTenant.User addUser(
            String tenantCode, String user, String password, Set<ZenvoicesPermission> permissions) {
        ZenvoicesTenant tenant = tenant(tenantCode);
        ZenvoicesTenant.User existing = tenant.user(user);
        if (existing != null) {
            existing.password = password;
            existing.permissions =
                    permissions.isEmpty() ? EnumSet.noneOf(ZenvoicesPermission.class) : EnumSet.copyOf(permissions);
            return existing;
        }
        return tenant.putUser(nextUserId++, user, password, permissions);
    }
}
