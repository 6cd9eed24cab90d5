package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.model.Party;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Short hashes of the parts of a customer that the connector copies to sevdesk (names, address, e-mail, phone),
 * remembered per contact so that only a part that changed since the last transfer is written again.
 */
final class PartyFingerprint {
    /** The parts of a customer that are written separately. */
    enum Part {
        NAMES,
        ADDRESS,
        EMAIL,
        PHONE
    }

    private final Map<Part, String> hashes;

    private PartyFingerprint(Map<Part, String> hashes) {
        this.hashes = hashes;
    }

    static PartyFingerprint of(Party party) {
        Map<Part, String> hashes = new EnumMap<>(Part.class);
        hashes.put(
                Part.NAMES,
                hash(party.companyName(), party.title(), party.firstName(), party.lastName(), party.vatId()));
        hashes.put(Part.ADDRESS, hash(party.street(), party.zip(), party.city(), SevdeskMapper.countryCode(party)));
        hashes.put(Part.EMAIL, hash(lower(party.email())));
        hashes.put(Part.PHONE, hash(party.phone()));
        return new PartyFingerprint(hashes);
    }

    static PartyFingerprint none() {
        return new PartyFingerprint(new EnumMap<>(Part.class));
    }

    /** Reads what {@link #encode()} wrote; anything unreadable counts as nothing known. */
    static PartyFingerprint decode(String text) {
        Map<Part, String> hashes = new EnumMap<>(Part.class);
        for (String item : text == null ? new String[0] : text.split(";")) {
            String[] pair = item.split("=", 2);
            for (Part part : Part.values()) {
                if (pair.length == 2 && part.name().equals(pair[0])) {
                    hashes.put(part, pair[1]);
                }
            }
        }
        return new PartyFingerprint(hashes);
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        hashes.forEach((part, hash) -> out.append(out.length() == 0 ? "" : ";")
                .append(part)
                .append('=')
                .append(hash));
        return out.toString();
    }

    boolean sameAs(PartyFingerprint other, Part part) {
        return hashes.containsKey(part) && Objects.equals(hashes.get(part), other.hashes.get(part));
    }

    /** This fingerprint with one part taken from another. */
    PartyFingerprint with(Part part, PartyFingerprint from) {
        Map<Part, String> copy = new EnumMap<>(Part.class);
        copy.putAll(hashes);
        copy.put(part, from.hashes.get(part));
        return new PartyFingerprint(copy);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String hash(String... values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(value == null ? "" : value.strip()).append('\u001f');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
