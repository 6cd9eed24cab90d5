package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
import io.ledgerbridge.connector.onecockpit.internal.dto.AccountDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.DocumentDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.DocumentList;
import io.ledgerbridge.connector.onecockpit.internal.dto.DocumentRef;
import java.util.Optional;

/**
 * Plain HTTP against the OneCockpit API with one connection's token; no OSGi. Every failure is a
 * {@link ConnectorException} explained by {@link OneCockpitErrors}.
 */
final class OneCockpitClient {
    private final HttpJson http;
    private final String baseUrl;
    private final String token;

    OneCockpitClient(HttpJson http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.token = token;
    }

    /** The account the token belongs to. */
    AccountDto account() throws ConnectorException {
        return send(Request.get(baseUrl + "/me")).json(AccountDto.class);
    }

    /** OneCockpit's id of the document created with this external id, if there is one. */
    Optional<String> find(String externalId) throws ConnectorException {
        DocumentList found = send(Request.get(baseUrl + "/documents").query("externalId", externalId))
                .json(DocumentList.class);
        return found.items() == null
                ? Optional.empty()
                : found.items().stream()
                        .filter(d -> externalId.equals(d.externalId()))
                        .map(DocumentRef::id)
                        .findFirst();
    }

    /** Creates the document; returns OneCockpit's id of it. */
    String create(DocumentDto document, String idempotencyKey) throws ConnectorException {
        Request request = Request.post(baseUrl + "/documents")
                .header("Idempotency-Key", idempotencyKey)
                .json(document);
        return send(request).json(DocumentRef.class).id();
    }

    private Response send(Request request) throws ConnectorException {
        Response response = http.send(request.header("Authorization", "Bearer " + token));
        if (!response.isSuccess()) {
            throw OneCockpitErrors.explain(response, baseUrl);
        }
        return response;
    }
}
