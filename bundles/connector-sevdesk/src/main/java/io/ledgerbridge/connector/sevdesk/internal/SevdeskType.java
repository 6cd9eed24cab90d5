package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/** The sevdesk connector as installed: its description, rate budget and the checks of a connection's settings. */
@Component(service = ConnectorType.class)
public class SevdeskType implements ConnectorType {
    static final String ID = "sevdesk";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;
    static final String DEFAULT_BASE_URL = "https://my.sevdesk.de/api/v1";
    /**
     * sevdesk publishes no limit and blocks tokens that fail a lot: stay moderate. An invoice of a known customer
     * costs 3 calls (contact check, saveInvoice, sendBy), one of a new customer up to 8.
     */
    static final RateBudget BUDGET = new RateBudget(10, Duration.ofSeconds(1), 2, 5);

    static final ConnectorInfo INFO = new ConnectorInfo(
            ID,
            "sevdesk",
            "Ledgerbridge",
            "Sends finalized invoices with their customers to sevdesk, books their payments, and saves receipts "
                    + "with their PDF as vouchers.",
            Set.of(Capability.EXPORT, Capability.CONTACT_SYNC, Capability.PAYMENT_STATUS),
            BUDGET);

    private static final Pattern TOKEN = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{1,18}");

    @Override
    public ConnectorInfo describe() {
        return INFO;
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder().advanced("baseUrl").build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        String token = text(settings, "apiToken");
        if (token != null && !validToken(token)) {
            errors.add(new FieldError(
                    "apiToken",
                    "must be the 32-character sevdesk API token (digits and a-f); "
                            + "copy it from sevdesk: Verwalten > Erweiterungen > API"));
        }
        String baseUrl = text(settings, "baseUrl");
        if (baseUrl != null && !validUrl(baseUrl)) {
            errors.add(new FieldError("baseUrl", "must be an absolute http or https URL, e.g. " + DEFAULT_BASE_URL));
        }
        String account = text(settings, "checkAccountId");
        if (account != null && !ACCOUNT_ID.matcher(account.strip()).matches()) {
            errors.add(new FieldError(
                    "checkAccountId",
                    "must be the number of a sevdesk payment account, e.g. 5000; "
                            + "the connection test lists yours"));
        }
        String receiptAccount = text(settings, "receiptAccount");
        if (receiptAccount != null
                && !ACCOUNT_ID.matcher(receiptAccount.strip()).matches()) {
            errors.add(new FieldError("receiptAccount", "must be the number (id) of a sevdesk booking account"));
        }
        return errors;
    }

    static boolean validToken(String token) {
        return TOKEN.matcher(token.strip()).matches();
    }

    static boolean validUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
