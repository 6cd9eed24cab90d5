package io.ledgerbridge.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The password checks that succeeded lately, so that a REST client signing every call with HTTP Basic pays the slow
 * hash once per few minutes, not per request. An entry is an HMAC of (stored value, password) under a key that lives
 * only in memory: a changed password (a new stored value) never matches an old entry, and nothing here can be
 * reversed without that key. Only successes are kept; a wrong password always runs the slow hash.
 */
final class VerifiedPasswords {
    private static final int MAX_ENTRIES = 1024;

    private final Clock clock;
    private final Duration lifetime;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VerifiedPasswords(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        new SecureRandom().nextBytes(key);
    }

    synchronized boolean contains(String password, String stored) {
        String entry = entry(password, stored);
        Instant until = verified.get(entry);
        if (until != null && clock.instant().isBefore(until)) {
            return true;
        }
        verified.remove(entry);
        return false;
    }

    synchronized void add(String password, String stored) {
        verified.put(entry(password, stored), clock.instant().plus(lifetime));
    }

    private String entry(String password, String stored) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(stored.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
