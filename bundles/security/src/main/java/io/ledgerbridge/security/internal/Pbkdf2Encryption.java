package io.ledgerbridge.security.internal;

import org.apache.karaf.jaas.modules.Encryption;

/** Karaf's view of {@link Pbkdf2Hash}: hashes new passwords, checks stored ones (recent successes from memory). */
final class Pbkdf2Encryption implements Encryption {
    private final Pbkdf2Hash hash;
    private final VerifiedPasswords verified;

    Pbkdf2Encryption(Pbkdf2Hash hash, VerifiedPasswords verified) {
        this.hash = hash;
        this.verified = verified;
    }

    @Override
    public String encryptPassword(String password) {
        return hash.hash(password);
    }

    @Override
    public boolean checkPassword(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (verified.contains(password, stored)) {
            return true;
        }
        boolean matches = hash.verify(password, stored);
        if (matches) {
            verified.add(password, stored);
        }
        return matches;
    }
}
