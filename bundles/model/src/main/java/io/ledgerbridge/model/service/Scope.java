package io.ledgerbridge.model.service;

import java.util.Set;

/**
 * Which tenants a caller may see and act for. Admins see every tenant; a partner sees itself and its clients.
 * Documents outside the scope are reported as not found, so their existence does not leak.
 *
 * @param all true for an administrator (every tenant)
 * @param tenantIds the visible tenants when {@code all} is false
 * @param homeTenant the tenant new documents belong to when the caller names none; null for admins
 */
public record Scope(boolean all, Set<String> tenantIds, String homeTenant) {

    public Scope {
        tenantIds = Set.copyOf(tenantIds);
    }

    /** The scope of an administrator. */
    public static Scope admin() {
        return new Scope(true, Set.of(), null);
    }

    /** The scope of a partner or client tenant and the given tenants below it. */
    public static Scope tenant(String home, Set<String> visible) {
        return new Scope(false, visible, home);
    }

    /** True when the caller may see the tenant. */
    public boolean allows(String tenantId) {
        return all || tenantIds.contains(tenantId);
    }
}
