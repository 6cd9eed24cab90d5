package io.ledgerbridge.model.service;

/**
 * A partner (an accounting firm, or a single company) or a client of a partner.
 *
 * @param id short stable id, e.g. "acme"
 * @param name display name
 * @param parentId the partner of a client; null for a partner
 */
public record Tenant(String id, String name, String parentId) {
    /** True for a partner (a tenant with no parent). */
    public boolean isPartner() {
        return parentId == null;
    }
}
