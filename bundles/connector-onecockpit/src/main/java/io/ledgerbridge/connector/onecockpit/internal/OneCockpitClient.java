package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.onecockpit.internal.dto.AccountDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceList;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceRef;
import io.ledgerbridge.connector.onecockpit.internal.dto.TokenGrant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ASSUMED CONTRACT: plain HTTP against the OneCockpit API as we assume it (OneCockpit publishes none; see the
 * README): the login exchanged for an API token, the token in {@code X-Api-Key}, invoices upserted by number with
 * their customer upserted by e-mail. The one class that knows the wire, to be replaced once OneCockpit names its
 * real interface. No OSGi; every failure is the kit's {@link ConnectorException}, worded by
 * {@link OneCockpitErrors}.
 */
final class OneCockpitClient {
    static final String API = "/api/v1";
    static final String TOKEN_PATH = API + "/auth/token";
    static final String ACCOUNT_PATH = API + "/account";
    static final String INVOICES_PATH = API + "/invoices";
    static final String KEY_HEADER = "X-Api-Key";

    private final HttpJson http;
    private final String base;

    OneCockpitClient(HttpJson http, String baseUrl) {
        this.http = http;
        this.base = root(baseUrl);
    }

    String base() {
        return base;
    }

    /** Exchanges the OneCockpit login for an API token ("Authentifizieren"); 401 for a wrong user or password. */
    TokenGrant exchange(String user, String password) throws ConnectorException {
        http.redactor().addSecret(password);
        Map<String, Object> login = new LinkedHashMap<>();
        login.put("user", user);
        login.put("password", password);
        TokenGrant grant = http.send(Request.post(base + TOKEN_PATH).json(login))
                .requireSuccess()
                .json(TokenGrant.class);
        if (grant.token() == null || grant.token().isBlank() || grant.account() == null) {
            throw new ConnectorException(
                    ConnectorException.Kind.PROTOCOL, "OneCockpit answered the authentication without a token");
        }
        http.redactor().addSecret(grant.token());
        return grant;
    }

    /** The account the token belongs to. */
    AccountDto account(String token) throws ConnectorException {
        return http.send(Request.get(base + ACCOUNT_PATH).header(KEY_HEADER, token))
                .requireSuccess()
                .json(AccountDto.class);
    }

    /** The invoice OneCockpit has under this number, from whichever invoicing tool. */
    Optional<InvoiceRef> findInvoice(String token, String invoiceNumber) throws ConnectorException {
        InvoiceList found = http.send(Request.get(base + INVOICES_PATH)
                        .query("invoiceNumber", invoiceNumber)
                        .header(KEY_HEADER, token))
                .requireSuccess()
                .json(InvoiceList.class);
        return found.items() == null
                ? Optional.empty()
                : found.items().stream()
                        .filter(i -> invoiceNumber.equals(i.invoiceNumber()))
                        .findFirst();
    }

    /** Creates or updates the invoice by its number, its customer by e-mail; answers the stored invoice. */
    InvoiceRef upsertInvoice(String token, InvoiceDto invoice) throws ConnectorException {
        InvoiceRef saved = http.send(Request.post(base + INVOICES_PATH)
                        .header(KEY_HEADER, token)
                        .json(invoice))
                .requireSuccess()
                .json(InvoiceRef.class);
        if (saved.id() == null || saved.id().isBlank()) {
            throw ConnectorException.builder(
                            ConnectorException.Kind.PROTOCOL, "OneCockpit answered the invoice without its id")
                    .uncertain(true)
                    .build();
        }
        return saved;
    }

    /** The server root of an address, also when a partner pasted the API's own address (…/api/v1). */
    static String root(String url) {
        String out = url.strip().replaceAll("/+$", "");
        if (out.toLowerCase(Locale.ROOT).endsWith(API)) {
            out = out.substring(0, out.length() - API.length()).replaceAll("/+$", "");
        }
        return out;
    }
}
