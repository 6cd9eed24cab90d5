package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.onecockpit.internal.dto.AccountDto;

/**
 * One connection's OneCockpit API token, in memory only: the engine's connection memory
 * ({@code ConnectionContext.remember}) is stored unencrypted, so the token is never written anywhere and is
 * exchanged again after a restart. Only one exchange runs at a time; whoever needs a token meanwhile waits for it
 * and uses its result (single flight). A refused login is remembered, so that parallel exports do not repeat a
 * wrong password at OneCockpit; a connection test always asks again.
 */
final class TokenKeeper {

    /**
     * An API token and the login it was exchanged for.
     *
     * @param value the token
     * @param account the account it belongs to
     * @param login a hash of the user and password it came from: another login needs another token
     */
    record Token(String value, AccountDto account, String login) {}

    /** One exchange of the login for a token. */
    interface Exchange {
        Token exchange() throws ConnectorException;
    }

    private Token current;
    private String refusedLogin;
    private ConnectorException refusal;

    /** The token of this login, exchanging it when there is none (or the refusal of this login). */
    synchronized Token current(String login, Exchange exchange) throws ConnectorException {
        if (current != null && current.login().equals(login)) {
            return current;
        }
        throwIfRefused(login);
        return exchangeNow(login, exchange);
    }

    /** After OneCockpit refused {@code stale}: the token another caller got meanwhile, else a new exchange. */
    synchronized Token renew(String login, Token stale, Exchange exchange) throws ConnectorException {
        if (current != null && current != stale && current.login().equals(login)) {
            return current;
        }
        throwIfRefused(login);
        return exchangeNow(login, exchange);
    }

    /** A new exchange, whatever is remembered: a connection test checks the login as it is now. */
    synchronized Token fresh(String login, Exchange exchange) throws ConnectorException {
        refusedLogin = null;
        refusal = null;
        return exchangeNow(login, exchange);
    }

    private void throwIfRefused(String login) throws ConnectorException {
        if (login.equals(refusedLogin)) {
            throw refusal;
        }
    }

    private Token exchangeNow(String login, Exchange exchange) throws ConnectorException {
        current = null;
        try {
            current = exchange.exchange();
            refusedLogin = null;
            refusal = null;
            return current;
        } catch (ConnectorException e) {
            if (e.kind() == ConnectorException.Kind.AUTH) {
                refusedLogin = login;
                refusal = e;
            }
            throw e;
        }
    }
}
