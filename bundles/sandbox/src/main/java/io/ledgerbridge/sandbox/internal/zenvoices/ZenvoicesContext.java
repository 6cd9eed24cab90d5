package io.ledgerbridge.sandbox.internal.zenvoices;

import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;

/** What the Zenvoices handlers share: the current state, clock and create counter, plus the caller checks. */
final class ZenvoicesContext {

    static final String KIND_EXTERNAL_ID = "externalId";

    final Clock clock;
    final CreateCounter creates;
    ZenvoicesState state;

    ZenvoicesContext(Clock clock, CreateCounter creates, ZenvoicesState state) {
        this.clock = clock;
        this.creates = creates;
        this.state = state;
    }

    /** The caller's tenant after checking a permission; 403 in ABP style when the user lacks it. */
    ZenvoicesTenant authorize(SimRequest request, ZenvoicesPermission permission) {
        ZenvoicesSessions.Session session = request.attachment(ZenvoicesSessions.Session.class);
        ZenvoicesTenant tenant = state.findTenant(session.tenant());
        ZenvoicesTenant.User user = tenant == null ? null : tenant.user(session.user());
        if (user == null) {
            throw ApiException.unauthorized(Abp.NOT_LOGGED_IN);
        }
        if (!user.permissions.contains(permission)) {
            throw ApiException.forbidden("Required permissions are not granted. At least one of these permissions"
                    + " must be granted: " + permission.permissionName());
        }
        return tenant;
    }
}
