package io.ledgerbridge.model.service;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Partners and their clients. */
@ProviderType
public interface TenantService {

    /** The tenant, if it exists within the scope. */
    Optional<Tenant> get(Scope scope, String tenantId);

    /** Every tenant within the scope, partners first. */
    List<Tenant> list(Scope scope);

    /**
     * Creates a partner (admins only) or a client of a partner in scope.
     *
     * @throws ValidationException when the id or name is malformed
     * @throws ConflictException when the id is taken
     * @throws NotFoundException when the parent is not within the scope
     */
    Tenant create(Scope scope, Tenant tenant);

    /** The scope of a signed-in partner or client user: its own tenant and, for a partner, its clients. */
    Scope scopeOf(String homeTenantId);
}
