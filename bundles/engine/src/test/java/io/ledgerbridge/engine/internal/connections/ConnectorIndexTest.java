package io.ledgerbridge.engine.internal.connections;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.Connector;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The connector index finds a connection's connector and waits for one that registers after a change. */
class ConnectorIndexTest {
    private static final Duration LONG = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofMillis(50);
    private final ConnectorIndex index = new ConnectorIndex();

    private static Connector connector() {
        return (Connector) Proxy.newProxyInstance(
                Connector.class.getClassLoader(),
                new Class<?>[] {Connector.class},
                (proxy, method, args) -> method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy)
                        : method.getName().equals("equals") ? proxy == args[0] : null);
    }

    @Test
    void aConnectorRegisteredAfterTheMarkEndsTheWait() throws Exception {
        long mark = index.mark();
        Connector c = connector();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> await("p1", mark, LONG));
        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> index.put("p1", c));
        assertTrue(waited.get(LONG.toSeconds(), TimeUnit.SECONDS));
        assertSame(c, index.connector("p1"));
    }

    @Test
    void aConnectorThatWasThereBeforeTheChangeDoesNotCount() throws Exception {
        index.put("p1", connector());
        long mark = index.mark();
        assertFalse(index.awaitRegistration("p1", mark, SHORT), "still the component with the old settings");
        index.put("p2", connector());
        assertFalse(index.awaitRegistration("p1", mark, SHORT), "another connection's registration");
    }

    @Test
    void theRestartAfterAnUpdateEndsTheWait() throws Exception {
        Connector old = connector();
        index.put("p1", old);
        long mark = index.mark();
        index.remove("p1", old); // DS: the old component goes first
        assertNull(index.connector("p1"));
        assertFalse(index.awaitRegistration("p1", mark, SHORT));
        index.put("p1", connector());
        assertTrue(index.awaitRegistration("p1", mark, SHORT));
    }

    @Test
    void newPropertiesOfAModifiedComponentEndTheWait() throws Exception {
        index.put("p1", connector());
        long mark = index.mark();
        index.updated("p1");
        assertTrue(index.awaitRegistration("p1", mark, SHORT));
    }

    @Test
    void theOldConnectorsLateUnbindKeepsTheNewOne() {
        Connector old = connector();
        Connector fresh = connector();
        index.put("p1", old);
        index.put("p1", fresh);
        index.remove("p1", old);
        assertSame(fresh, index.connector("p1"));
    }

    private boolean await(String id, long mark, Duration timeout) {
        try {
            return index.awaitRegistration(id, mark, timeout);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
