package io.ledgerbridge.connector.zenvoices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token cache on its own: single flight, renewal margin, renew after a refusal, refusals remembered. */
class TokenCacheTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final TokenCache cache = new TokenCache(clock);

    /** A login that counts its calls and can be held until the test releases it. */
    private static final class CountingLogin implements TokenCache.Login {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile Failure refusal;

        @Override
        public String key() {
            return "login";
        }

        @Override
        public TokenCache.Grant signIn() throws Failure {
            int n = calls.incrementAndGet();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refusal != null) {
                throw refusal;
            }
            return new TokenCache.Grant("token-" + n, Duration.ofDays(1));
        }
    }

    @Test
    void callersThatNeedATokenWhileALoginRunsWaitForThatLogin() throws Exception {
        CountingLogin login = new CountingLogin();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TokenCache.Token>> waiting = new ArrayList<>();
            waiting.add(pool.submit(() -> cache.token(login)));
            login.entered.await(10, TimeUnit.SECONDS); // the first caller is signing in now
            for (int i = 0; i < 7; i++) {
                waiting.add(pool.submit(() -> cache.token(login)));
            }
            login.release.countDown();
            for (Future<TokenCache.Token> f : waiting) {
                assertEquals("token-1", f.get(10, TimeUnit.SECONDS).value());
            }
            assertEquals(1, login.calls.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenIsRenewedFiveMinutesBeforeItExpires() throws Failure {
        CountingLogin login = new CountingLogin();
        login.release.countDown();
        TokenCache.Token first = cache.token(login);
        assertEquals(clock.instant().plus(Duration.ofDays(1)).minus(Duration.ofMinutes(5)), first.renewAt());
        clock.advance(Duration.ofHours(23).plusMinutes(54));
        assertSame(first, cache.token(login));
        clock.advance(Duration.ofMinutes(1));
        assertEquals("token-2", cache.token(login).value());
    }

    @Test
    void renewingARefusedTokenSignsInOnceForAllThatHeldIt() throws Failure {
        CountingLogin login = new CountingLogin();
        login.release.countDown();
        TokenCache.Token stale = cache.token(login);
        TokenCache.Token renewed = cache.renew(login, stale);
        assertNotEquals(stale, renewed);
        assertSame(renewed, cache.renew(login, stale), "a second holder of the stale token gets the new one");
        assertEquals(2, login.calls.get());
    }

    @Test
    void aRefusedLoginIsRememberedForExportsButNotForATest() {
        CountingLogin login = new CountingLogin();
        login.release.countDown();
        login.refusal = new Failure(FailureKind.AUTH, "wrong password");
        assertThrows(Failure.class, () -> cache.token(login));
        assertThrows(Failure.class, () -> cache.token(login));
        assertEquals(1, login.calls.get());
        assertThrows(Failure.class, () -> cache.fresh(login));
        assertEquals(2, login.calls.get());
        clock.advance(TokenCache.REFUSAL_MEMORY);
        assertThrows(Failure.class, () -> cache.token(login));
        assertEquals(3, login.calls.get());
    }

    @Test
    void anOutageIsNotRemembered() {
        CountingLogin login = new CountingLogin();
        login.release.countDown();
        login.refusal = new Failure(FailureKind.UNAVAILABLE, "Zenvoices unreachable");
        assertThrows(Failure.class, () -> cache.token(login));
        assertThrows(Failure.class, () -> cache.token(login));
        assertEquals(2, login.calls.get());
    }
}
