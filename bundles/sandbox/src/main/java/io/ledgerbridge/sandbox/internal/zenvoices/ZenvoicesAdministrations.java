package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Router;

/** Administrations (the "companies" of a tenant): the paged list and single reads, behind COMPANIES_LIST. */
final class ZenvoicesAdministrations {

    private final ZenvoicesContext context;

    ZenvoicesAdministrations(ZenvoicesContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", "/public-api/v1/administration/list", request -> {
                    ZenvoicesTenant tenant = context.authorize(request, ZenvoicesPermission.COMPANIES_LIST);
                    return Abp.success(PagedInput.read(request).result(tenant.administrations.all()));
                })
                .on("GET", "/public-api/v1/administration/{id}", request -> {
                    ZenvoicesTenant tenant = context.authorize(request, ZenvoicesPermission.COMPANIES_LIST);
                    ObjectNode administration = tenant.administrations.get(request.param("id"));
                    if (administration == null) {
                        throw notFound("Administration", request.param("id"));
                    }
                    return Abp.success(administration.deepCopy());
                });
    }

    static ApiException notFound(String entity, String id) {
        return ApiException.notFound("There is no such an entity. Entity type: " + entity + ", id: " + id);
    }
}
