package io.ledgerbridge.engine.internal.tenants;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.Tenant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules that keep each partner's tenant ids its own. A client's id starts with its partner's id and a dash
 * ({@code demo-hundeschule} for the partner {@code demo}), and no partner id lies in another partner's client
 * namespace ({@code demo-x} cannot be a partner while {@code demo} is one, nor the other way round). So the
 * namespaces {@code <partner>-…} never overlap: a partner adding a client can only ever collide with its own
 * tenants, and no answer tells it that another partner's tenant exists.
 */
final class TenantIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private TenantIds() {}

    /** The id's own format, whoever creates it. */
    static Optional<FieldError> checkFormat(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.of(new FieldError(
                    "id", "must be 1-63 lowercase letters, digits or dashes, starting with a letter or digit"));
        }
        return Optional.empty();
    }

    /** A client's id lies in its partner's namespace. */
    static Optional<FieldError> checkClient(Tenant client) {
        String prefix = client.parentId() + "-";
        if (!client.id().startsWith(prefix) || client.id().length() == prefix.length()) {
            return Optional.of(new FieldError(
                    "id",
                    "must start with '" + prefix + "', the partner's id and a dash (for example " + prefix
                            + "hundeschule), so that a partner's client ids are its own"));
        }
        return Optional.empty();
    }

    /**
     * A new partner's id neither lies in an existing partner's client namespace nor holds one in its own. Only
     * administrators create partners, and they see every tenant, so naming the other partner reveals nothing.
     */
    static Optional<FieldError> checkPartner(String id, List<Tenant> existing) {
        return existing.stream()
                .filter(Tenant::isPartner)
                .filter(p -> id.startsWith(p.id() + "-") || p.id().startsWith(id + "-"))
                .findFirst()
                .map(p -> new FieldError(
                        "id",
                        "overlaps the ids of partner '" + p.id() + "' (a partner's clients are named "
                                + "<partner id>-…); choose an id that neither starts with '" + p.id()
                                + "-' nor is the start of '" + p.id() + "'"));
    }
}
