package io.ledgerbridge.sandbox.internal.zenvoices;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Issued bearer tokens with their expiry; at most {@link #MAX_TOKENS}, the oldest evicted first. */
final class ZenvoicesSessions {

    static final int MAX_TOKENS = 10_000;

    /** Whose token it is and until when it is valid. */
    record Session(String tenant, String user, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    String issue(String tenant, String user, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, new Session(tenant, user, expiresAt));
        return token;
    }

    /** The live session of a token, or null when unknown, revoked or expired. */
    Session find(String token, Instant now) {
        Session session = token == null ? null : sessions.get(token);
        return session == null || !now.isBefore(session.expiresAt) ? null : session;
    }

    void revoke(String tenant, String user) {
        Iterator<Session> iterator = sessions.values().iterator();
        while (iterator.hasNext()) {
            Session session = iterator.next();
            if (session.tenant.equals(tenant) && session.user.equalsIgnoreCase(user)) {
                iterator.remove();
            }
        }
    }

    void clear() {
        sessions.clear();
    }
}
