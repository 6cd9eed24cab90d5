package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.model.spi.FailureKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Zenvoices bearer tokens in memory, one per login (address, organisation, user and password), shared by every
 * connection of the bundle that signs in the same way: a partner's connection and its clients' integrations use one
 * token, and a wrong password is tried once for all of them. Tokens are renewed before they expire, and only one
 * login per login runs at a time: whoever needs a token meanwhile waits for that login (single flight). A refused
 * login is answered from memory for {@link #REFUSAL_MEMORY} to exports, so workers and clients never hammer a wrong
 * password into Zenvoices' lockout (five failures lock the user for five minutes); a connection test always asks.
 */
@Component(service = TokenCache.class)
public class TokenCache {
    /** How long a refused login is repeated from memory to exports. */
    static final Duration REFUSAL_MEMORY = Duration.ofMinutes(1);
    /** Logins remembered at most (the least recently used is dropped). */
    static final int MAX_LOGINS = 1000;

    /** Renewal starts this long before a token expires, or a tenth of its lifetime before when that is shorter. */
    static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);

    /** A bearer token and when to renew it. */
    record Token(String value, Instant renewAt) {}

    /** What a login gave: a bearer token valid for {@code lifetime}. */
    record Grant(String token, Duration lifetime) {}

    /** How to sign in once; {@link #key()} tells which logins are the same. */
    interface Login {
        /** The same for the same address, organisation, user and password; not a secret itself (a hash). */
        String key();

        Grant signIn() throws Failure;
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_LOGINS;
        }
    };

    @Activate
    public TokenCache() {
        this(Clock.systemUTC());
    }

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    /** A token that is not due for renewal, signing in when there is none (or a refused login is remembered). */
    Token token(Login login) throws Failure {
        return entry(login).get(login, t -> clock.instant().isBefore(t.renewAt()), true);
    }

    /** A token from a new login, for a connection test (joins a login already under way). */
    Token fresh(Login login) throws Failure {
        return entry(login).get(login, t -> false, false);
    }

    /** After Zenvoices refused {@code stale}: a newer token if another caller renewed it already, else a new login. */
    Token renew(Login login, Token stale) throws Failure {
        return entry(login).get(login, t -> !t.equals(stale) && clock.instant().isBefore(t.renewAt()), true);
    }

    private Entry entry(Login login) {
        synchronized (entries) {
            return entries.computeIfAbsent(login.key(), k -> new Entry());
        }
    }

    /** The state of one login: the current token, the login under way, the last refusal. */
    private final class Entry {
        private Token current;
        private CompletableFuture<Token> flight;
        private Failure refusal;
        private Instant refusedAt;

        Token get(Login login, Predicate<Token> usable, boolean rememberRefusal) throws Failure {
            CompletableFuture<Token> joined;
            boolean leader = false;
            synchronized (this) {
                if (current != null && usable.test(current)) {
                    return current;
                }
                if (rememberRefusal && refusal != null && clock.instant().isBefore(refusedAt.plus(REFUSAL_MEMORY))) {
                    throw refusal;
                }
                if (flight == null) {
                    flight = new CompletableFuture<>();
                    leader = true;
                }
                joined = flight;
            }
            if (leader) {
                signIn(login, joined);
            }
            return await(joined);
        }

        private void signIn(Login login, CompletableFuture<Token> result) {
            try {
                Instant start = clock.instant();
                Grant grant = login.signIn();
                Duration margin = grant.lifetime().dividedBy(10).compareTo(RENEWAL_MARGIN) < 0
                        ? grant.lifetime().dividedBy(10)
                        : RENEWAL_MARGIN;
                Token token =
                        new Token(grant.token(), start.plus(grant.lifetime()).minus(margin));
                settle(token, null);
                result.complete(token);
            } catch (Failure f) {
                settle(null, f.kind().pausesConnection() ? f : null);
                result.completeExceptionally(f);
            } catch (RuntimeException e) {
                settle(null, null);
                result.completeExceptionally(e);
            }
        }

        private synchronized void settle(Token token, Failure refused) {
            current = token;
            refusal = refused;
            refusedAt = clock.instant();
            flight = null;
        }

        private Token await(CompletableFuture<Token> result) throws Failure {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(FailureKind.UNAVAILABLE, "interrupted while waiting to sign in to Zenvoices");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Failure f) {
                    throw f;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
