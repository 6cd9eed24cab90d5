package io.ledgerbridge.sandbox.internal.http;

import io.ledgerbridge.sandbox.RequestContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Refuses a request that breaks the service's contract, with a 400 naming every breach; nothing when none is set. */
public final class ContractCheck {
    private final Optional<RequestContract> contract;

    public ContractCheck(Optional<RequestContract> contract) {
        this.contract = contract;
    }

    /** Whether requests are checked at all. */
    public boolean active() {
        return contract.isPresent();
    }

    /**
     * @param request the request, already authenticated
     * @param relativePath its path below the service's base path
     * @throws ApiException 400 when it breaks the contract
     */
    public void verify(SimRequest request, String relativePath) {
        if (contract.isEmpty()) {
            return;
        }
        List<String> violations = contract.get()
                .violations(
                        request.method(),
                        relativePath,
                        request.rawQuery() == null ? "" : request.rawQuery(),
                        request.headers(),
                        new String(request.body(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw ApiException.badRequest("The request does not match the API: " + String.join("; ", violations));
        }
    }
}
