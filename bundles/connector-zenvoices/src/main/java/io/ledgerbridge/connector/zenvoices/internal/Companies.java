package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The company of a connection: its company code resolved to the Zenvoices company (administration) through the list
 * the user may see, remembered in memory for {@link #TTL} so an export costs one upload, and looked up again at once
 * when an upload says the company is gone.
 */
final class Companies {
    /** How long a resolved company is used before it is looked up again. */
    static final Duration TTL = Duration.ofMinutes(10);

    private record Resolved(Administration company, Instant at) {}

    private final ZenvoicesClient client;
    private final Clock clock;
    private volatile Resolved resolved;

    Companies(ZenvoicesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The connection's company, from memory unless {@code fresh} or older than {@link #TTL}. */
    Administration resolve(Session session, boolean fresh) throws Failure {
        Resolved known = resolved;
        if (!fresh && known != null && clock.instant().isBefore(known.at().plus(TTL))) {
            return known.company();
        }
        ZenvoicesSettings settings = session.settings();
        if (settings.companyCode().isEmpty()) {
            throw ZenvoicesMessages.noCompanyCode();
        }
        List<Administration> listed = session.call(Step.COMPANIES, client::administrations);
        Administration company = match(listed, settings.companyCode());
        if (company == null) {
            throw ZenvoicesMessages.companyNotFound(settings, listed);
        }
        if (!company.active()) {
            throw ZenvoicesMessages.companyInactive(company);
        }
        resolved = new Resolved(company, clock.instant());
        return company;
    }

    /** Forgets the company, e.g. after an upload answered that it does not exist. */
    void forget() {
        resolved = null;
    }

    /** The company with exactly this code, else the only one whose code differs in case only. */
    static Administration match(List<Administration> listed, String code) {
        for (Administration company : listed) {
            if (company.code().equals(code)) {
                return company;
            }
        }
        List<Administration> loose = listed.stream()
                .filter(c -> c.code().toLowerCase(Locale.ROOT).equals(code.toLowerCase(Locale.ROOT)))
                .toList();
        return loose.size() == 1 ? loose.get(0) : null;
    }
}
