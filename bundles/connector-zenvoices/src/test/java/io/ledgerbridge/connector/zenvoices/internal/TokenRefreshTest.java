package io.ledgerbridge.connector.zenvoices.internal;

import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.approved;
import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
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

/** One bearer token per login, renewed before it expires, one login at a time however many workers need it. */
class TokenRefreshTest extends SimulatorFixture {
    private static final int WORKERS = 16;

    @Test
    void sixteenParallelExportsWithAnExpiredTokenSignInOnce() throws Exception {
        ZenvoicesConnector connector = connector();
        delivered(connector.export(context, approved(invoice(context, "d0", "RE-0"))));
        CLOCK.advance(Duration.ofDays(1)); // the token's day is over, for the connector and for Zenvoices
        zenvoices.control().clearRequests();
        zenvoices.control().setLatency(Duration.ofMillis(50)); // the login takes long enough for all to need it
        List<Outcome> outcomes =
                inParallel(i -> connector.export(context, approved(invoice(context, "d" + i, "RE-" + i))));
        outcomes.forEach(SimulatorFixture::delivered);
        assertEquals(1, logins(), "one login for " + WORKERS + " exports");
        assertEquals(WORKERS, requests("POST", UPLOAD));
    }

    @Test
    void sixteenParallelExportsWhoseTokenWasRevokedSignInOnce() throws Exception {
        ZenvoicesConnector connector = connector();
        delivered(connector.export(context, approved(invoice(context, "d0", "RE-0"))));
        zenvoices.revokeTokens(ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER);
        zenvoices.control().clearRequests();
        zenvoices.control().setLatency(Duration.ofMillis(50));
        inParallel(i -> connector.export(context, approved(invoice(context, "d" + i, "RE-" + i))))
                .forEach(SimulatorFixture::delivered);
        assertEquals(1, logins(), "every 401 waits for the same new login");
        assertEquals(WORKERS, inbox().size() - 1);
    }

    @Test
    void theTokenIsRenewedBeforeItExpires() {
        ZenvoicesConnector connector = connector();
        delivered(connector.export(context, approved(invoice(context, "d1", "RE-1"))));
        CLOCK.advance(Duration.ofHours(23).plusMinutes(57)); // valid for Zenvoices, but within the 5 min margin
        delivered(connector.export(context, approved(invoice(context, "d2", "RE-2"))));
        assertEquals(2, logins());
        assertEquals(
                0,
                zenvoices.control().requests().stream()
                        .filter(r -> r.status() == 401)
                        .count());
    }

    @Test
    void aRejectedTokenIsAnsweredWithOneNewLogin() {
        ZenvoicesConnector connector = connector();
        delivered(connector.export(context, approved(invoice(context, "d1", "RE-1"))));
        zenvoices.revokeTokens(ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER);
        delivered(connector.export(context, approved(invoice(context, "d2", "RE-2"))));
        assertEquals(2, logins());
        assertEquals(
                1,
                zenvoices.control().requests().stream()
                        .filter(r -> r.status() == 401)
                        .count());
    }

    @Test
    void aTokenRejectedAgainAfterTheNewLoginIsAnAuthFailure() {
        ZenvoicesConnector connector = connector();
        zenvoices
                .control()
                .inject(Fault.status(401, "Current user did not login to the application!")
                        .onExactPath(UPLOAD)
                        .times(2));
        Outcome.Failed failed =
                failed(connector.export(context, approved(invoice(context, "d1", "RE-1"))), FailureKind.AUTH);
        assertTrue(
                failed.message()
                        .startsWith("Zenvoices refused the sign-in token of user 'api@sandbox.test' "
                                + "right after signing in again"),
                failed.message());
        assertEquals(2, logins(), "the first login and exactly one more");
        assertEquals(0, inbox().size());
    }

    @Test
    void aRefusedLoginIsNotRepeatedByEveryWorkerOrClient() throws Exception {
        FakeContext wrong = context("changed-in-zenvoices");
        ZenvoicesConnector partner = connector();
        ZenvoicesConnector client = connector(settings("BETA"));
        List<Outcome> outcomes = inParallel(
                i -> (i % 2 == 0 ? partner : client).export(wrong, approved(invoice(wrong, "d" + i, "RE-" + i))));
        outcomes.forEach(o -> failed(o, FailureKind.AUTH));
        assertEquals(1, logins(), "one refused login, never five (Zenvoices would lock the user out)");
        failedTest(partner.test(wrong), FailureKind.AUTH);
        assertEquals(2, logins(), "a connection test asks Zenvoices again");
    }

    @Test
    void aPartnerAndItsClientsShareOneToken() {
        delivered(connector(settings("ACME")).export(context, approved(invoice(context, "d1", "RE-1"))));
        delivered(connector(settings("BETA")).export(context, approved(invoice(context, "d2", "RE-2"))));
        assertEquals(1, logins());
    }

    /** Runs the call for 0 … WORKERS-1 on as many threads, released together. */
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
