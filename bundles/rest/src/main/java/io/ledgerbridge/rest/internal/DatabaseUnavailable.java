package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.http.HttpServletResponse;

/**
 * A request that failed because the database cannot be reached (refused, dropped or timed-out connections): answered
 * 503 with {@code Retry-After}, since trying again shortly succeeds once the database is back, rather than 500. The
 * transaction was rolled back, so nothing was stored.
 */
final class DatabaseUnavailable {
    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String MESSAGE = "the platform cannot reach its database right now, so nothing was stored or read; "
            + "it reconnects by itself: try again in " + RETRY_AFTER_SECONDS + " seconds";

    private static final long LOG_EVERY_MILLIS = 10_000;
    private static final AtomicLong lastLogged = new AtomicLong();

    private DatabaseUnavailable() {}

    /** Whether to log this one: one line per 10 s, not one per request, while the database is away. */
    static boolean worthLogging(long nowMillis) {
        long last = lastLogged.get();
        return nowMillis - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, nowMillis);
    }

    /** Whether the failure, or one of its causes, says the database connection is unavailable. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (e.g. PostgreSQL's 08001 refused, 08006 connection failure)
            if (t instanceof SQLException s
                    && s.getSQLState() != null
                    && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    static void answer(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ApiErrors.write(response, 503, MESSAGE);
    }
}
