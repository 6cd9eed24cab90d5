package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.sevdesk.internal.dto.StaticCountry;
import io.ledgerbridge.model.spi.ConnectionContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an export needs to know about the sevdesk account, fetched once and remembered: the bookkeeping system
 * version (per connection, re-checked daily: sevdesk moves accounts to 2.0), the user named as contact person,
 * and the country ids (per connector instance).
 */
final class AccountFacts {
    static final String VERSION = "systemVersion";
    static final String VERSION_CHECKED_AT = "systemVersionCheckedAt";
    static final String CONTACT_PERSON = "contactPersonId";
    static final Duration VERSION_RECHECK = Duration.ofDays(1);

    private final SevdeskClient client;
    private final ConnectionContext memory;
    private final Clock clock;
    private final Map<String, String> countryIds;

    /** @param countryIds the connector's cache of ISO code to sevdesk id, filled on first use */
    AccountFacts(SevdeskClient client, ConnectionContext memory, Clock clock, Map<String, String> countryIds) {
        this.client = client;
        this.memory = memory;
        this.clock = clock;
        this.countryIds = countryIds;
    }

    /** "1.0" or "2.0", remembered; asked again when the remembered answer is older than a day. */
    String systemVersion() throws ConnectorException {
        Optional<String> known = memory.recall(VERSION).filter(v -> !v.isBlank());
        Optional<Instant> checkedAt = memory.recall(VERSION_CHECKED_AT).flatMap(AccountFacts::instant);
        if (known.isPresent()
                && checkedAt.isPresent()
                && checkedAt.get().plus(VERSION_RECHECK).isAfter(clock.instant())) {
            return known.get();
        }
        return refreshSystemVersion();
    }

    /** Asks sevdesk for the version now and remembers it. */
    String refreshSystemVersion() throws ConnectorException {
        String version = client.bookkeepingSystemVersion();
        memory.remember(VERSION, version);
        memory.remember(VERSION_CHECKED_AT, clock.instant().toString());
        return version;
    }

    /** True unless the account still runs the old bookkeeping (1.0): then invoices take taxType, not taxRule. */
    boolean update2() throws ConnectorException {
        return !"1.0".equals(systemVersion());
    }

    /** The sevdesk user every invoice names as its contact person. */
    String contactPersonId() throws ConnectorException {
        Optional<String> known = memory.recall(CONTACT_PERSON).filter(v -> !v.isBlank());
        if (known.isPresent()) {
            return known.get();
        }
        String id = client.firstUserId()
                .orElseThrow(() -> new ConnectorException(
                        ConnectorException.Kind.CONFIGURATION,
                        "the sevdesk account has no user to name as contact person on invoices"));
        memory.remember(CONTACT_PERSON, id);
        return id;
    }

    /** sevdesk's id of a country (ISO 3166-1 alpha-2). */
    String countryId(String isoCode) throws ConnectorException {
        if (countryIds.isEmpty()) {
            for (StaticCountry country : client.countries()) {
                if (country.code() != null && country.id() != null) {
                    countryIds.put(country.code().toUpperCase(Locale.ROOT), country.id());
                }
            }
        }
        String id = countryIds.get(isoCode.toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new ConnectorException(
                    ConnectorException.Kind.VALIDATION,
                    "sevdesk does not know the customer's country '" + isoCode + "'");
        }
        return id;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
