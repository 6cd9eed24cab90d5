package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database fails for delivery's workers just after their transfers were claimed (before the connector is
 * called): the connection's slots come back, and once the database answers again every document is delivered once,
 * without a restart. A failed round of the import schedule does not end the schedule.
 */
class DatabaseFailureTest {

    /** H2, refusing connections to the engine's threads of one name while {@link #refusing} is set. */
    private static final class ThreadsRefused implements DataSource {
        final DataSource h2 = TestDatabases.h2();
        final AtomicBoolean refusing = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        private final String threadName;

        ThreadsRefused(String threadName) {
            this.threadName = threadName;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusing.get() && Thread.currentThread().getName().startsWith(threadName)) {
                refused.incrementAndGet();
                throw new SQLTransientConnectionException("connection refused (test)", "08001");
            }
            return h2.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return h2.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            h2.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            h2.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return h2.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return h2.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return h2.isWrapperFor(type);
        }
    }

    @Test
    void workersWhoseDatabaseFailsGiveTheirSlotsBackAndDeliveryResumes() throws Exception {
        ThreadsRefused ds = new ThreadsRefused("ledgerbridge-delivery-");
        DeliverySettings settings = new DeliverySettings(
                4, 10, Duration.ofMillis(500), Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(200));
        try (EngineHarness h = new EngineHarness(ds, settings);
                TestEndpoint endpoint = new TestEndpoint()) {
            // one call at a time: a single slot lost for good would stop the connection
            h.installed.put(
                    "c1",
                    new HttpTestConnector(
                            endpoint.url(),
                            new RateBudget(100, Duration.ofSeconds(1), 1, 1),
                            Set.of(Capability.EXPORT)));
            ds.refusing.set(true);
            h.connect("c1", "acme");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(h.invoice("acme", "db-" + i, FINALIZE));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> ds.refused.get() >= 3);
            assertEquals(0, endpoint.totalCreates(), "nothing was sent while the database failed");

            ds.refusing.set(false);
            await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream()
                    .allMatch(id -> h.transfers(id).get(0).status() == TransferStatus.DELIVERED));
            assertEquals(3, endpoint.totalCreates());
            assertEquals(0, endpoint.duplicates());
            assertTrue(ds.refused.get() >= 3);
        }
    }

    @Test
    void importsRunAgainOnceTheDatabaseAnswersAfterAFailedRound() throws Exception {
        ThreadsRefused ds = new ThreadsRefused("ledgerbridge-imports");
        ds.refusing.set(true);
        try (EngineHarness h = new EngineHarness(ds, EngineHarness.FAST)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> ds.refused.get() >= 1);
            ds.refusing.set(false);
            ImportTest.PagedSource source = new ImportTest.PagedSource();
            h.installed.put("in", source);
            h.connectAs(
                    "source",
                    "in",
                    "acme",
                    "role",
                    "import",
                    "importTenant",
                    "acme",
                    "importDocumentType",
                    "SALES_INVOICE",
                    "importIntervalMinutes",
                    "60");
            await().atMost(Duration.ofSeconds(10)).until(() -> !source.cursorsAsked.isEmpty());
        }
    }
}
