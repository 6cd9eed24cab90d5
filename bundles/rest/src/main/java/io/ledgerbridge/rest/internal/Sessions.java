package io.ledgerbridge.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;

/**
 * Browser sessions of the web UI: a random session id (the cookie) bound to the signed-in caller and its own CSRF
 * token. Sessions end after {@link #IDLE} without a request or {@link #ABSOLUTE} after sign-in, and at sign-out; they
 * live in memory only (a restart signs everyone out). Also counts failed sign-ins per user name.
 */
@Component(service = Sessions.class)
public class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    static final int MAX_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED_USERS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;

    /**
     * One session.
     *
     * @param id the cookie value
     * @param caller who signed in
     * @param csrfToken the token every changing request must echo
     * @param createdAt when the user signed in
     * @param lastSeen the time of the latest request (refreshed on use)
     */
    record Session(String id, Caller caller, String csrfToken, Instant createdAt, Instant lastSeen) {
        Instant expiresAt() {
            Instant idleEnd = lastSeen.plus(IDLE);
            Instant absoluteEnd = createdAt.plus(ABSOLUTE);
            return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
        }

        /** True when {@code token} is this session's CSRF token (compared in constant time). */
        boolean acceptsCsrf(String token) {
            return token != null
                    && MessageDigest.isEqual(
                            csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Sessions() {
        this(Instant::now);
    }

    Sessions(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** Starts a new session (never reusing an id) and forgets expired ones. */
    Session open(Caller caller) {
        Instant now = clock.get();
        byId.values().removeIf(s -> !s.expiresAt().isAfter(now));
        Session session = new Session(randomToken(), caller, randomToken(), now, now);
        byId.put(session.id(), session);
        failures.remove(caller.user());
        return session;
    }

    /** The live session with this id, its idle time restarted; empty when unknown or expired. */
    Optional<Session> touch(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.get();
        Session found = byId.computeIfPresent(
                id,
                (k, s) -> s.expiresAt().isAfter(now)
                        ? new Session(s.id(), s.caller(), s.csrfToken(), s.createdAt(), now)
                        : null);
        return Optional.ofNullable(found);
    }

    void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Seconds until this user may try again, or 0 when sign-in is allowed. */
    long lockedForSeconds(String user) {
        Deque<Instant> recent = failures.get(user);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            Instant cutoff = clock.get().minus(FAILURE_WINDOW);
            recent.removeIf(t -> t.isBefore(cutoff));
            if (recent.size() < MAX_FAILURES) {
                return 0;
            }
            return Math.max(1, Duration.between(cutoff, recent.peekFirst()).toSeconds() + 1);
        }
    }

    void recordFailure(String user) {
        if (failures.size() > MAX_TRACKED_USERS) { // guessing many user names must not fill the memory
            Instant cutoff = clock.get().minus(FAILURE_WINDOW);
            failures.values().removeIf(d -> {
                synchronized (d) {
                    return d.isEmpty() || d.peekLast().isBefore(cutoff);
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.get());
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
