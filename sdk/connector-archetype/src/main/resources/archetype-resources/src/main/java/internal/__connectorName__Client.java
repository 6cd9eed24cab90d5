package ${package}.internal;

## imports in the formatter's order: the connector's dto package sorts before or after the kit's
#set( $dto = "${package}.internal.dto" )
#if( $dto.compareTo("io.ledgerbridge.connector.kit") < 0 )
import ${package}.internal.dto.AccountDto;
import ${package}.internal.dto.DocumentDto;
import ${package}.internal.dto.DocumentList;
import ${package}.internal.dto.DocumentRef;
#end
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
#if( $dto.compareTo("io.ledgerbridge.connector.kit") > 0 )
import ${package}.internal.dto.AccountDto;
import ${package}.internal.dto.DocumentDto;
import ${package}.internal.dto.DocumentList;
import ${package}.internal.dto.DocumentRef;
#end
import java.util.Optional;

/**
 * Plain HTTP against the ${connectorName} API with one connection's token; no OSGi. Every failure is a
 * {@link ConnectorException} explained by {@link ${connectorName}Errors}.
 */
final class ${connectorName}Client {
    private final HttpJson http;
    private final String baseUrl;
    private final String token;

    ${connectorName}Client(HttpJson http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.token = token;
    }

    /** The account the token belongs to. */
    AccountDto account() throws ConnectorException {
        return send(Request.get(baseUrl + "/me")).json(AccountDto.class);
    }

    /** ${connectorName}'s id of the document created with this external id, if there is one. */
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

    /** Creates the document; returns ${connectorName}'s id of it. */
    String create(DocumentDto document, String idempotencyKey) throws ConnectorException {
        Request request = Request.post(baseUrl + "/documents")
                .header("Idempotency-Key", idempotencyKey)
                .json(document);
        return send(request).json(DocumentRef.class).id();
    }

    private Response send(Request request) throws ConnectorException {
        Response response = http.send(request.header("Authorization", "Bearer " + token));
        if (!response.isSuccess()) {
            throw ${connectorName}Errors.explain(response, baseUrl);
        }
        return response;
    }
}
