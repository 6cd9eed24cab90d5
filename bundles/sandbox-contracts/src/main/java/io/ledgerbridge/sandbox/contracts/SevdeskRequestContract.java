package io.ledgerbridge.sandbox.contracts;

import io.ledgerbridge.sandbox.RequestContract;
import java.util.List;
import java.util.Map;

/** The sevdesk simulator's check: {@link SevdeskContract#official()}. Found by {@link java.util.ServiceLoader}. */
public final class SevdeskRequestContract implements RequestContract {
    private final OpenApiContract contract;

    /** Loads the specification now, when the simulator is built, not at its first request. */
    public SevdeskRequestContract() {
        this.contract = SevdeskContract.official();
    }

    @Override
    public String service() {
        return "sevdesk";
    }

    @Override
    public List<String> violations(
            String method, String path, String query, Map<String, List<String>> headers, String body) {
        return contract.violations(method, path, query, headers, body);
    }
}
