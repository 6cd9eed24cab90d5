package io.ledgerbridge.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A service's published contract as a check of each API request, so that a simulator refuses what breaks it the way
 * the service does (sevdesk: 400 with its error body). The module {@code sandbox-contracts} provides them for
 * sevdesk (its OpenAPI specification) and Billomat (its API reference): with that jar on the class path every
 * simulator started there checks its requests; without it (in Karaf) they accept what their handlers accept. A
 * builder can also set one, or none, explicitly.
 */
public interface RequestContract {

    /** @return the simulator it belongs to: {@code sevdesk} or {@code billomat} */
    String service();

    /**
     * @param method the HTTP method
     * @param path the path below the service's base path, e.g. {@code /Invoice/Factory/saveInvoice} for sevdesk or
     *     {@code /invoices} for Billomat
     * @param query the raw query string, empty for none
     * @param headers the request headers
     * @param body the body as UTF-8 text, empty for none
     * @return what breaks the contract, one line each; empty when the request conforms
     */
    List<String> violations(String method, String path, String query, Map<String, List<String>> headers, String body);

    /** The contract of that service found on the class path ({@link ServiceLoader}), if any. */
    static Optional<RequestContract> onClassPath(String service) {
        return ServiceLoader.load(RequestContract.class, RequestContract.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(c -> c.service().equals(service))
                .findFirst();
    }
}
