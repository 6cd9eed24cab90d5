package io.ledgerbridge.engine.internal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ledgerbridge.engine.internal.Samples;
import io.ledgerbridge.model.DocumentDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    /**
     * Release 0.1 hashed the draft's JSON as written then: the same fields, sorted by name, without sourceUrl and
     * correctedInvoice.
     */
    @Test
    void theLegacyFingerprintIsTheHashOfTheDraftAsRelease01WroteIt() throws Exception {
        DocumentDraft d = Samples.invoice("src-1", "RE-1");
        String asWrittenNow = DocumentJson.MAPPER.writeValueAsString(d);
        String asRelease01 = asWrittenNow.replace("\"sourceUrl\":null,", "").replace("\"correctedInvoice\":null,", "");
        assertNotEquals(asWrittenNow, asRelease01, "sourceUrl is written today");

        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(asRelease01.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, DocumentJson.legacyFingerprint(d));
        assertNotEquals(expected, DocumentJson.fingerprint(d), "numbers are compared by value now");
    }
}
