package io.ledgerbridge.connector.onecockpit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The OneCockpit login exchanged for a token once, kept in memory, and exchanged once more when it is revoked. */
class TokenExchangeTest extends SimulatorFixture {
    private static final int WORKERS = 16;
    private static final String USER = OneCockpitSimulator.SANDBOX_USER;

    @Test
    void theConnectionTestAuthenticatesAndNamesTheAccount() {
        TestResult result = connector().test(context);
        assertTrue(result.ok(), result::toString);
        assertEquals("Connected to OneCockpit account Sandbox Agentur GmbH (4711)", result.message());
        assertEquals(1, exchanges());
    }

    @Test
    void wrongCredentialsAreAuthWithTheAdviceToAuthenticateAgain() {
        FakeContext wrong = context("not-the-password");
        TestResult result = failedTest(connector().test(wrong), FailureKind.AUTH);
        assertTrue(result.message().contains(OneCockpitErrors.AUTHENTICATE_AGAIN), result.message());
        assertTrue(result.message().contains("'" + USER + "'"), result.message());
        assertFalse(result.message().contains("not-the-password"), result.message());
        Outcome.Failed failed = failed(connector().export(wrong, finalized(invoice("RE-1"))), FailureKind.AUTH);
        assertTrue(failed.message().contains(OneCockpitErrors.AUTHENTICATE_AGAIN), failed.message());
        assertEquals(0, stored("invoices").size());
        failedTest(connector("nobody@onecockpit.test").test(context), FailureKind.AUTH);
    }

    @Test
    void theTokenIsKeptInMemoryOnlyAndExchangedAgainAfterARestart() {
        OneCockpitConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("RE-1"))));
        delivered(connector.export(context, finalized(invoice("RE-2"))));
        assertEquals(1, exchanges(), "one exchange for the connection's lifetime");
        assertTrue(context.memory().isEmpty(), "nothing in the engine's unencrypted memory: " + context.memory());
        delivered(connector().export(context, finalized(invoice("RE-3"))));
        assertEquals(2, exchanges(), "a restarted connection exchanges its stored login again");
    }

    @Test
    void aRevokedTokenIsExchangedOnceMoreAndTheCallRepeated() {
        OneCockpitConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("RE-1"))));
        onecockpit.revokeTokens(USER);
        delivered(connector.export(context, finalized(invoice("RE-2"))));
        assertEquals(2, exchanges());
        assertEquals(
                1,
                onecockpit.control().requests().stream()
                        .filter(r -> r.status() == 401)
                        .count());
        assertEquals(2, stored("invoices").size());
    }

    @Test
    void aRevokedTokenWhoseLoginIsRefusedIsAuthAfterExactlyOneReExchange() {
        OneCockpitConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("RE-1"))));
        onecockpit.revokeTokens(USER);
        onecockpit.addUser(USER, "changed-in-onecockpit");
        Outcome.Failed failed = failed(connector.export(context, finalized(invoice("RE-2"))), FailureKind.AUTH);
        assertTrue(failed.message().startsWith("OneCockpit did not accept the user '" + USER + "'"), failed.message());
        assertTrue(failed.message().contains(OneCockpitErrors.AUTHENTICATE_AGAIN), failed.message());
        failed(connector.export(context, finalized(invoice("RE-3"))), FailureKind.AUTH);
        assertEquals(2, exchanges(), "the first exchange and exactly one more, not one per export");
        assertEquals(1, stored("invoices").size());
    }

    @Test
    void aTokenRefusedRightAfterTheReExchangeIsAuth() {
        onecockpit
                .control()
                .inject(Fault.status(401, "Missing, invalid or revoked API token (X-Api-Key)")
                        .onExactPath(OneCockpitClient.INVOICES_PATH)
                        .times(2));
        Outcome.Failed failed = failed(connector().export(context, finalized(invoice("RE-1"))), FailureKind.AUTH);
        assertTrue(
                failed.message()
                        .startsWith("OneCockpit refused the API token of user '" + USER
                                + "' right after authenticating again: " + OneCockpitErrors.AUTHENTICATE_AGAIN),
                failed.message());
        assertEquals(2, exchanges());
    }

    @Test
    void sixteenParallelExportsShareOneExchange() throws Exception {
        OneCockpitConnector connector = connector();
        onecockpit.control().setLatency(Duration.ofMillis(50)); // the exchange lasts long enough for all to need it
        inParallel(i -> connector.export(context, finalized(invoice("RE-" + i))))
                .forEach(SimulatorFixture::delivered);
        assertEquals(1, exchanges(), "one exchange for " + WORKERS + " exports");
        assertEquals(WORKERS, stored("invoices").size());
    }

    @Test
    void sixteenParallelExportsWithARevokedTokenShareOneReExchange() throws Exception {
        OneCockpitConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("RE-0"))));
        onecockpit.revokeTokens(USER);
        onecockpit.control().clearRequests();
        onecockpit.control().setLatency(Duration.ofMillis(50));
        inParallel(i -> connector.export(context, finalized(invoice("RE-" + i))))
                .forEach(SimulatorFixture::delivered);
        assertEquals(1, exchanges(), "every 401 waits for the same new exchange");
        assertEquals(WORKERS + 1, stored("invoices").size());
    }

    @Test
    void aRefusedLoginIsNotRepeatedByParallelExportsButByTheConnectionTest() throws Exception {
        FakeContext wrong = context("changed-in-onecockpit");
        OneCockpitConnector connector = connector();
        onecockpit.control().setLatency(Duration.ofMillis(50));
        inParallel(i -> connector.export(wrong, finalized(invoice("RE-" + i))))
                .forEach(o -> failed(o, FailureKind.AUTH));
        assertEquals(1, exchanges(), "one refused exchange, not one per export");
        failedTest(connector.test(wrong), FailureKind.AUTH);
        assertEquals(2, exchanges(), "a connection test asks OneCockpit again");
        assertTrue(connector.test(context).ok(), "the right password works at once");
    }

    /** Runs the call for 1 … WORKERS on as many threads, released together. */
    private static List<Outcome> inParallel(IndexedCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 1; i <= WORKERS; i++) {
                int index = i;
                Callable<Outcome> task = () -> {
                    start.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One export by the index of its worker. */
    interface IndexedCall {
        Outcome run(int index);
    }
}
