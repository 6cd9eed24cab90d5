package io.ledgerbridge.engine.internal.tenants;

import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Partners and clients, stored in the Ledgerbridge database. Clients cannot have clients of their own; their ids
 * lie in their partner's namespace ({@link TenantIds}).
 */
@Component(service = TenantService.class)
public class TenantServiceImpl implements TenantService {
    private final Database db;

    @Activate
    public TenantServiceImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Optional<Tenant> get(Scope scope, String tenantId) {
        return list(scope).stream().filter(t -> t.id().equals(tenantId)).findFirst();
    }

    @Override
    public List<Tenant> list(Scope scope) {
        return db.inTransaction(TenantStore::all).stream()
                .filter(t -> scope.allows(t.id()))
                .collect(Collectors.toList());
    }

    @Override
    public Tenant create(Scope scope, Tenant t) {
        List<FieldError> errors = new ArrayList<>();
        TenantIds.checkFormat(t.id()).ifPresent(errors::add);
        if (t.name() == null || t.name().isBlank() || t.name().length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return db.inTransaction(c -> {
            if (t.parentId() == null && !scope.all()) {
                throw new NotFoundException(
                        "only an administrator can create a partner; give parentId to add a client");
            }
            if (t.parentId() != null) {
                Tenant parent = TenantStore.all(c).stream()
                        .filter(p -> p.id().equals(t.parentId()) && scope.allows(p.id()))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("tenant '" + t.parentId() + "' not found"));
                if (!parent.isPartner()) {
                    throw new ValidationException(
                            List.of(new FieldError("parentId", "must be a partner; a client cannot have clients")));
                }
                refuse(TenantIds.checkClient(t));
            } else {
                refuse(TenantIds.checkPartner(t.id(), TenantStore.all(c)));
            }
            if (TenantStore.exists(c, t.id())) {
                throw new ConflictException("tenant id '" + t.id() + "' is already taken");
            }
            TenantStore.insert(c, t);
            return t;
        });
    }

    private static void refuse(Optional<FieldError> error) {
        if (error.isPresent()) {
            throw new ValidationException(List.of(error.get()));
        }
    }

    @Override
    public Scope scopeOf(String homeTenantId) {
        return db.inTransaction(c -> TenantStore.scopeOf(c, homeTenantId));
    }
}
