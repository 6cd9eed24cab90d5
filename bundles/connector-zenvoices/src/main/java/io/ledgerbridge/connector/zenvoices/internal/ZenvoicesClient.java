package io.ledgerbridge.connector.zenvoices.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import io.ledgerbridge.connector.zenvoices.internal.dto.LoginResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain HTTP against Zenvoices' public API (ASP.NET Boilerplate): the token login, the companies and the inbox
 * list, each reply unwrapped from ABP's {@code {"result","success","error","unAuthorizedRequest","__abp"}} envelope.
 * Throws the kit's {@link ConnectorException} for every failure; a 401 (ABP's {@code unAuthorizedRequest}) is AUTH
 * with status 401, which the session answers with one new login.
 */
final class ZenvoicesClient {
    static final String LOGIN_PATH = "/api/TokenAuth/TokenLogin";
    static final String API = "/public-api/v1";
    /** ABP's largest page ({@code maxResultCount} 1 to 250). */
    static final int PAGE = 250;
    /** Pages read at most when paging through a list: 100,000 companies or inbox items. */
    static final int MAX_PAGES = 400;
    /** ABP's message of a refused login (a UserFriendlyException, HTTP 500); the reason is in {@code details}. */
    private static final String LOGIN_FAILED = "Login failed!";

    private final HttpJson http;
    private final String base;

    ZenvoicesClient(HttpJson http, String baseUrl) {
        this.http = http;
        this.base = baseUrl;
    }

    HttpJson http() {
        return http;
    }

    /**
     * Signs in. ABP answers a refused login with HTTP 500 and "Login failed!": that is a result here, not an outage.
     */
    LoginResult login(String userName, String password, String organizationCode) throws ConnectorException {
        http.redactor().addSecret(password);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userNameOrEmailAddress", userName);
        body.put("password", password);
        body.put("tenancyName", organizationCode);
        Response r = http.send(Request.post(base + LOGIN_PATH).json(body));
        if (!r.isSuccess()) {
            JsonNode error = abpError(r);
            if (error != null && LOGIN_FAILED.equals(error.path("message").asText())) {
                return LoginResult.refused(error.path("details").asText(""));
            }
            throw r.toException();
        }
        LoginResult result = LoginResult.of(result(r));
        if (result.signedIn()) {
            http.redactor().addSecret(result.accessToken());
        }
        return result;
    }

    /** Every company the user may list, paged through. */
    List<Administration> administrations(String token) throws ConnectorException {
        List<Administration> out = new ArrayList<>();
        for (JsonNode item : list(token, API + "/administration/list", Map.of(), MAX_PAGES)) {
            out.add(Administration.of(item));
        }
        return out;
    }

    /**
     * Inbox items in pages; {@code filter} adds members to the paged input (e.g. {@code administrationId}).
     *
     * @param maxPages pages read at most (1 for a mere access check)
     */
    List<JsonNode> inbox(String token, Map<String, Object> filter, int maxPages) throws ConnectorException {
        return list(token, API + "/inbox/list", filter, maxPages);
    }

    /** POSTs JSON to an API path with the bearer token; returns ABP's {@code result}. */
    JsonNode post(String token, String path, Object body) throws ConnectorException {
        return result(http.send(Request.post(base + path)
                .header("Authorization", "Bearer " + token)
                .json(body)));
    }

    private List<JsonNode> list(String token, String path, Map<String, Object> filter, int maxPages)
            throws ConnectorException {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            Map<String, Object> input = new LinkedHashMap<>(filter);
            input.put("maxResultCount", PAGE);
            input.put("skipCount", page * PAGE);
            JsonNode result = post(token, path, input);
            JsonNode pageItems = result.path("items");
            pageItems.forEach(items::add);
            if (pageItems.size() < PAGE
                    || items.size() >= result.path("totalCount").asLong(0)) {
                break;
            }
        }
        return items;
    }

    /** The {@code result} of a successful ABP reply; the classified failure otherwise. */
    private static JsonNode result(Response r) throws ConnectorException {
        JsonNode json = r.requireSuccess().json();
        if (!json.path("success").asBoolean(true)) {
            throw ConnectorException.builder(
                            ConnectorException.Kind.PROTOCOL,
                            r + " carries success:false: "
                                    + json.path("error").path("message").asText("no message"))
                    .uncertain(true)
                    .build();
        }
        JsonNode result = json.get("result");
        if (result == null || result.isNull()) {
            throw ConnectorException.builder(ConnectorException.Kind.PROTOCOL, r + " carries no result")
                    .uncertain(true)
                    .build();
        }
        return result;
    }

    /** ABP's {@code error} object of a failed reply, or null when the reply is not ABP's. */
    private static JsonNode abpError(Response r) {
        try {
            JsonNode error = r.json().path("error");
            return error.isObject() ? error : null;
        } catch (ConnectorException notJson) {
            return null;
        }
    }
}
