package io.ledgerbridge.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable description of a fault to inject into the next matching API requests, for example
 * {@code Fault.status(503).onPath("/Invoice").times(2)} or {@code Fault.drop().onExactPath("/clients")}.
 * Paths match the request path with or without the simulator's base path ({@code /api/v1} for sevdesk,
 * {@code /{billomatId}/api} for Billomat); a path without {@code onPath} matches every request.
 */
public final class Fault {

    /** What the simulator does instead of (or before) answering. */
    public enum Kind {
        /** Answer with an error status in the service's own error format. */
        STATUS,
        /** Wait, then answer normally. */
        DELAY,
        /** Hold the request without answering until the hold time is over, then close the connection. */
        TIMEOUT,
        /** Close the connection without sending a response. */
        DROP,
        /** Perform the request (the object is created and counted), then hold the answer back and close. */
        ACCEPT_THEN_STALL,
        /** Perform the request (the object is created and counted), then close without answering. */
        ACCEPT_THEN_DROP;

        /** @return whether the simulator performs the request before failing it (the crash window) */
        public boolean accepts() {
            return this == ACCEPT_THEN_STALL || this == ACCEPT_THEN_DROP;
        }

        /** @return whether the connection is held open without an answer for {@link Fault#duration()} */
        public boolean holds() {
            return this == TIMEOUT || this == ACCEPT_THEN_STALL;
        }
    }

    /** How long a {@link Kind#TIMEOUT} or {@link Kind#ACCEPT_THEN_STALL} fault holds a request unless told otherwise. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(2);

    private final Kind kind;
    private final int status;
    private final String message;
    private final Duration duration;
    private final String path;
    private final boolean exactPath;
    private final String method;
    private final int times;

    private Fault(
            Kind kind,
            int status,
            String message,
            Duration duration,
            String path,
            boolean exactPath,
            String method,
            int times) {
        this.kind = kind;
        this.status = status;
        this.message = message;
        this.duration = duration;
        this.path = path;
        this.exactPath = exactPath;
        this.method = method;
        this.times = times;
    }

    /**
     * @param status the HTTP status to answer with (200-599)
     * @return a fault answering with that status and a generic message
     */
    public static Fault status(int status) {
        return status(status, "Injected fault: HTTP " + status);
    }

    /**
     * @param status the HTTP status to answer with (200-599)
     * @param message the error message to put into the service's error body
     * @return a fault answering with that status and message
     */
    public static Fault status(int status, String message) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200-599: " + status);
        }
        return new Fault(Kind.STATUS, status, Objects.requireNonNull(message), Duration.ZERO, null, false, null, 1);
    }

    /**
     * @param delay how long to wait before answering normally
     * @return a delay fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, null, nonNegative(delay), null, false, null, 1);
    }

    /** @return a fault that holds the request for {@link #DEFAULT_HOLD}, longer than any sane client timeout */
    public static Fault timeout() {
        return timeout(DEFAULT_HOLD);
    }

    /**
     * @param hold how long to hold the request before closing the connection without an answer
     * @return a timeout fault
     */
    public static Fault timeout(Duration hold) {
        return new Fault(Kind.TIMEOUT, 0, null, nonNegative(hold), null, false, null, 1);
    }

    /** @return a fault that closes the connection without a response, so the client sees an I/O error */
    public static Fault drop() {
        return new Fault(Kind.DROP, 0, null, Duration.ZERO, null, false, null, 1);
    }

    /**
     * The crash window of a client: the request is performed (the object exists and is counted, see
     * {@link SimulatorControl#createCount}), but the answer is held back for {@link #DEFAULT_HOLD}, then the
     * connection is closed. A client that crashes meanwhile never learns that its create succeeded.
     *
     * @return an accept-then-stall fault
     */
    public static Fault acceptThenStall() {
        return acceptThenStall(DEFAULT_HOLD);
    }

    /**
     * @param hold how long to hold the answer of the performed request before closing the connection
     * @return an accept-then-stall fault, see {@link #acceptThenStall()}
     */
    public static Fault acceptThenStall(Duration hold) {
        return new Fault(Kind.ACCEPT_THEN_STALL, 0, null, nonNegative(hold), null, false, null, 1);
    }

    /**
     * @return a fault that performs the request (the object is created and counted), then closes the connection
     *     without a response, so the client sees an I/O error for a create that took effect
     */
    public static Fault acceptThenDrop() {
        return new Fault(Kind.ACCEPT_THEN_DROP, 0, null, Duration.ZERO, null, false, null, 1);
    }

    /**
     * @param pathPrefix the request path prefix this fault applies to
     * @return a copy that applies only to paths starting with the prefix
     */
    public Fault onPath(String pathPrefix) {
        return new Fault(kind, status, message, duration, normalize(pathPrefix), false, method, times);
    }

    /**
     * @param exact the request path this fault applies to
     * @return a copy that applies only to exactly this path
     */
    public Fault onExactPath(String exact) {
        return new Fault(kind, status, message, duration, normalize(exact), true, method, times);
    }

    /**
     * @param httpMethod e.g. {@code POST}
     * @return a copy that applies only to this HTTP method
     */
    public Fault onMethod(String httpMethod) {
        String upper = httpMethod == null ? null : httpMethod.toUpperCase(Locale.ROOT);
        return new Fault(kind, status, message, duration, path, exactPath, upper, times);
    }

    /**
     * @param count how many matching requests the fault applies to (at least 1; default 1)
     * @return a copy with that count
     */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        return new Fault(kind, status, message, duration, path, exactPath, method, count);
    }

    /** @return a copy that applies to every matching request until cleared */
    public Fault always() {
        return times(Integer.MAX_VALUE);
    }

    /**
     * @param requestMethod the request's HTTP method
     * @param candidatePaths the request path in its full and base-relative forms
     * @return whether this fault applies to the request
     */
    public boolean appliesTo(String requestMethod, String... candidatePaths) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        for (String candidate : candidatePaths) {
            if (candidate != null && (exactPath ? candidate.equals(path) : candidate.startsWith(path))) {
                return true;
            }
        }
        return false;
    }

    /** @return the kind of fault */
    public Kind kind() {
        return kind;
    }

    /** @return the status of a {@link Kind#STATUS} fault, else 0 */
    public int status() {
        return status;
    }

    /** @return the error message of a {@link Kind#STATUS} fault, else null */
    public String message() {
        return message;
    }

    /** @return the delay of a {@link Kind#DELAY} fault, or the hold time of a fault that {@link Kind#holds()} */
    public Duration duration() {
        return duration;
    }

    /** @return the path (prefix or exact) this fault is limited to, or null for every path */
    public String path() {
        return path;
    }

    /** @return whether {@link #path()} must match exactly */
    public boolean exactPath() {
        return exactPath;
    }

    /** @return the HTTP method this fault is limited to, or null for every method */
    public String method() {
        return method;
    }

    /** @return how many more matching requests this fault applies to */
    public int times() {
        return times;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + (duration.isZero() ? "" : " " + duration)
                + (method == null ? "" : " " + method) + (path == null ? "" : (exactPath ? " =" : " ") + path)
                + " x" + (times == Integer.MAX_VALUE ? "always" : times) + "]";
    }

    private static Duration nonNegative(Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("duration must be zero or positive: " + duration);
        }
        return duration;
    }

    private static String normalize(String path) {
        Objects.requireNonNull(path, "path");
        return path.startsWith("/") ? path : "/" + path;
    }
}
