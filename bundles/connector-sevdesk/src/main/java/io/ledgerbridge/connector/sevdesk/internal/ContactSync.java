package io.ledgerbridge.connector.sevdesk.internal;

import static io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.hasText;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.sevdesk.internal.PartyFingerprint.Part;
import io.ledgerbridge.connector.sevdesk.internal.dto.Address;
import io.ledgerbridge.connector.sevdesk.internal.dto.CommunicationWay;
import io.ledgerbridge.connector.sevdesk.internal.dto.Contact;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.spi.ConnectionContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The sevdesk contact of a customer, found or created exactly once: the connection remembers which contact a
 * customer number (or e-mail) is; otherwise sevdesk is searched by customer number, then by e-mail, before one is
 * created. Parts of the customer that changed since the last transfer are written again.
 */
final class ContactSync {
    static final String MAPPING = "contact.";
    static final String SYNCED = "contact.synced.";

    private final SevdeskClient client;
    private final AccountFacts facts;
    private final ConnectionContext memory;
    private final String category;
    private final Locks locks;

    ContactSync(SevdeskClient client, AccountFacts facts, ConnectionContext memory, String category, Locks locks) {
        this.client = client;
        this.facts = facts;
        this.memory = memory;
        this.category = category;
        this.locks = locks;
    }

    /**
     * One connection exports up to its concurrency at once: two invoices of the same new customer must not both
     * create the contact. A fixed set of locks, chosen by the customer's key, keeps them apart.
     */
    static final class Locks {
        private final Object[] stripes = new Object[64];

        Locks() {
            for (int i = 0; i < stripes.length; i++) {
                stripes[i] = new Object();
            }
        }

        Object of(String key) {
            return stripes[Math.floorMod(key.hashCode(), stripes.length)];
        }
    }

    /** The remembered key of a customer: its customer number, else its e-mail, else its name and place. */
    static String mappingKey(Party party) {
        if (hasText(party.customerNumber())) {
            return MAPPING + "customer." + party.customerNumber().strip();
        }
        if (hasText(party.email())) {
            return MAPPING + "email." + party.email().strip().toLowerCase(Locale.ROOT);
        }
        return MAPPING + "name." + normalized(party.displayName()) + "|" + normalized(party.zip());
    }

    /** The id of the customer's contact in sevdesk, brought up to date. */
    String contactIdFor(Party party) throws ConnectorException {
        String key = mappingKey(party);
        synchronized (locks.of(key)) {
            return contactIdFor(party, key);
        }
    }

    private String contactIdFor(Party party, String key) throws ConnectorException {
        Optional<String> mapped = memory.recall(key).filter(id -> !id.isBlank());
        if (mapped.isPresent() && client.contact(mapped.get()).isEmpty()) {
            memory.remember(key, ""); // deleted in sevdesk: find or create it again
            mapped = Optional.empty();
        }
        if (mapped.isPresent()) {
            bringUpToDate(mapped.get(), party, false);
            return mapped.get();
        }
        Lookup found = lookUp(party);
        if (found.contactId() != null) {
            memory.remember(key, found.contactId());
            bringUpToDate(found.contactId(), party, false);
            return found.contactId();
        }
        String created = client.createContact(
                SevdeskMapper.newContact(party, category, found.customerNumberTaken() ? null : party.customerNumber()));
        memory.remember(key, created);
        remember(created, PartyFingerprint.none().with(Part.NAMES, PartyFingerprint.of(party)));
        bringUpToDate(created, party, true);
        return created;
    }

    /**
     * The result of searching sevdesk.
     *
     * @param contactId the contact found, or null
     * @param customerNumberTaken true when another customer in sevdesk has this customer number
     */
    private record Lookup(String contactId, boolean customerNumberTaken) {}

    private Lookup lookUp(Party party) throws ConnectorException {
        boolean numberTaken = false;
        if (hasText(party.customerNumber())) {
            String number = party.customerNumber().strip();
            for (Contact contact : client.contactsByCustomerNumber(number)) {
                if (number.equals(contact.customerNumber())) {
                    if (sameName(contact, party)) {
                        return new Lookup(contact.id(), false);
                    }
                    numberTaken = true; // sevdesk's own numbering: someone else
                }
            }
        }
        if (hasText(party.email())) {
            Optional<String> byEmail = client.contactIdByEmail(party.email());
            if (byEmail.isPresent()) {
                return new Lookup(byEmail.get(), false);
            }
        } else if (!hasText(party.customerNumber())) {
            for (Contact contact : client.contactsByName(party.displayName())) {
                if (sameName(contact, party)) {
                    return new Lookup(contact.id(), false);
                }
            }
        }
        return new Lookup(null, numberTaken);
    }

    /** Writes each part of the customer that differs from what was last written; a new contact has no details. */
    private void bringUpToDate(String contactId, Party party, boolean created) throws ConnectorException {
        PartyFingerprint now = PartyFingerprint.of(party);
        PartyFingerprint written =
                PartyFingerprint.decode(memory.recall(SYNCED + contactId).orElse(null));
        if (!written.sameAs(now, Part.NAMES)) {
            client.updateContact(contactId, SevdeskMapper.contactChanges(party));
            written = remember(contactId, written.with(Part.NAMES, now));
        }
        if (!written.sameAs(now, Part.ADDRESS)) {
            ensureAddress(contactId, party, created);
            written = remember(contactId, written.with(Part.ADDRESS, now));
        }
        if (!written.sameAs(now, Part.EMAIL)) {
            ensureCommunicationWay(contactId, party, "EMAIL", party.email(), created);
            written = remember(contactId, written.with(Part.EMAIL, now));
        }
        if (!written.sameAs(now, Part.PHONE)) {
            ensureCommunicationWay(contactId, party, "PHONE", party.phone(), created);
            remember(contactId, written.with(Part.PHONE, now));
        }
    }

    /** Adds the customer's address unless the contact already has it (sevdesk keeps earlier addresses). */
    private void ensureAddress(String contactId, Party party, boolean created) throws ConnectorException {
        if (!SevdeskMapper.hasAddress(party)) {
            return;
        }
        String countryId = facts.countryId(SevdeskMapper.countryCode(party));
        if (!created) {
            for (Address known : client.addresses(contactId)) {
                if (same(known.street(), party.street())
                        && same(known.zip(), party.zip())
                        && same(known.city(), party.city())
                        && known.country() != null
                        && countryId.equals(known.country().id())) {
                    return;
                }
            }
        }
        client.createAddress(SevdeskMapper.address(contactId, party, countryId));
    }

    /** Adds the e-mail address or phone number unless the contact already has it; the first one is the main one. */
    private void ensureCommunicationWay(String contactId, Party party, String type, String value, boolean created)
            throws ConnectorException {
        if (!hasText(value)) {
            return;
        }
        boolean main = true;
        if (!created) {
            List<CommunicationWay> known = client.communicationWays(contactId, type);
            if (known.stream().anyMatch(way -> same(way.value(), value))) {
                return;
            }
            main = known.isEmpty();
        }
        client.createCommunicationWay(SevdeskMapper.communicationWay(contactId, party, type, value, main));
    }

    private PartyFingerprint remember(String contactId, PartyFingerprint fingerprint) {
        memory.remember(SYNCED + contactId, fingerprint.encode());
        return fingerprint;
    }

    static boolean sameName(Contact contact, Party party) {
        return normalized(contact.displayName()).equals(normalized(party.displayName()));
    }

    private static boolean same(String sevdesk, String ours) {
        return Objects.equals(normalized(sevdesk), normalized(ours));
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
