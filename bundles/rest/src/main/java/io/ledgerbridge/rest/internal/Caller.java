package io.ledgerbridge.rest.internal;

import java.util.Set;

/**
 * The signed-in user of a request, from the JAAS principals: role {@code admin}, or role {@code partner} with a role
 * {@code tenant:<id>} naming the user's own tenant.
 *
 * @param user the user name
 * @param roles the user's roles
 */
record Caller(String user, Set<String> roles) {
    static final String ATTRIBUTE = Caller.class.getName();
    private static final String TENANT_ROLE = "tenant:";

    boolean isAdmin() {
        return roles.contains("admin");
    }

    /** The tenant named by the user's {@code tenant:<id>} role, or null. */
    String tenantId() {
        return roles.stream()
                .filter(r -> r.startsWith(TENANT_ROLE))
                .map(r -> r.substring(TENANT_ROLE.length()))
                .findFirst()
                .orElse(null);
    }

    /** True when the user may use the API at all. */
    boolean mayUseApi() {
        return isAdmin() || roles.contains("partner") && tenantId() != null;
    }
}
