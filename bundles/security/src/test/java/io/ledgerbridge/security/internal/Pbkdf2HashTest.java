package io.ledgerbridge.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2HashTest {
    private final Pbkdf2Hash hash = new Pbkdf2Hash(Pbkdf2Hash.MIN_ITERATIONS);

    @Test
    void aHashNamesItsSchemeAndIterationsAndHoldsNoPlainText() {
        String[] parts = hash.hash("s3cret-pass").split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertFalse(String.join("$", parts).contains("s3cret-pass"));
    }

    @Test
    void theSamePasswordGetsADifferentSaltAndHashEachTime() {
        String first = hash.hash("same");
        String second = hash.hash("same");

        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertNotEquals(first, second);
        assertTrue(hash.verify("same", first));
        assertTrue(hash.verify("same", second));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hash.hash("right");

        assertFalse(hash.verify("wrong", stored));
        assertFalse(hash.verify("", stored));
        assertFalse(hash.verify(null, stored));
    }

    @Test
    void aLegacyUnsaltedSha256HexValueStillVerifies() {
        // SHA-256("admin"), as Karaf's basic encryption stored it before, in either case of hex digits
        String legacy = "8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918";

        assertTrue(hash.verify("admin", legacy));
        assertTrue(hash.verify("admin", legacy.toUpperCase()));
        assertFalse(hash.verify("admin2", legacy));
    }

    @Test
    void aTamperedOrMalformedValueNeverVerifies() {
        String stored = hash.hash("pw");
        String[] parts = stored.split("\\$");
        char last = parts[3].charAt(0);
        String otherHash = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);

        assertFalse(hash.verify("pw", parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + otherHash));
        assertFalse(hash.verify("pw", parts[0] + "$1$" + parts[2] + "$" + parts[3]));
        assertFalse(hash.verify("pw", "pbkdf2-sha1$" + parts[1] + "$" + parts[2] + "$" + parts[3]));
        assertFalse(hash.verify("pw", stored.substring(0, stored.length() - 4)));
        assertFalse(hash.verify("pw", parts[0] + "$" + parts[1] + "$!!notbase64$" + parts[3]));
        assertFalse(hash.verify("pw", "pw"));
        assertFalse(hash.verify("pw", ""));
    }

    @Test
    void fewerIterationsThanOwaspRecommendsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pbkdf2Hash(100_000));

        assertTrue(e.getMessage().contains("encryption.iterations must be between 210000"), e.getMessage());
    }
}
