package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.SettingValues;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The Zenvoices connector as installed: its description, rate budget, form layout (documents go when approved or
 * sent, as the Banqup articles say) and the checks of a connection's settings.
 */
@Component(service = ConnectorType.class)
public class ZenvoicesType implements ConnectorType {
    static final String ID = "zenvoices";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;
    static final String DEFAULT_BASE_URL = "https://app.zenvoices.com";
    static final String USER_NAME = "userName";
    static final String PASSWORD = "password";
    static final String ORGANIZATION_CODE = "organizationCode";
    static final String COMPANY_CODE = "companyCode";
    static final String BASE_URL = "baseUrl";
    /** Where the engine records the settings a client's connection set itself (the rest follows the partner). */
    static final String CLIENT_OVERRIDES = "clientOverrides";
    /**
     * Zenvoices publishes no limit: stay moderate. An export costs one upload (the company is looked up once per
     * ten minutes, the token once a day), one more call after an uncertain attempt.
     */
    static final RateBudget BUDGET = new RateBudget(5, Duration.ofSeconds(1), 4, 1);

    static final ConnectorInfo INFO = new ConnectorInfo(
            ID,
            "Zenvoices",
            "Ledgerbridge",
            "Uploads approved and sent invoices, credit notes and receipts with their PDF and e-invoice into the "
                    + "inbox of a Zenvoices company; for accounting firms, per client with the client's company code.",
            Set.of(Capability.EXPORT),
            BUDGET);

    @Override
    public ConnectorInfo describe() {
        return INFO;
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder()
                .advanced(BASE_URL)
                .perClient(COMPANY_CODE)
                .defaultTriggers(LifecycleEvent.APPROVED, LifecycleEvent.SENT)
                .build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        String organization = text(settings, ORGANIZATION_CODE);
        if (organization != null && !organization.strip().matches("\\S+")) {
            errors.add(new FieldError(
                    ORGANIZATION_CODE,
                    "must be your Zenvoices organisation code without spaces, "
                            + "as you enter it when signing in to Zenvoices"));
        }
        String user = text(settings, USER_NAME);
        if (settings.containsKey(USER_NAME) && user == null) {
            errors.add(new FieldError(USER_NAME, "is required: the Zenvoices user the connection signs in as"));
        }
        companyCodeProblem(settings).ifPresent(errors::add);
        String baseUrl = text(settings, BASE_URL);
        if (baseUrl != null && !validBaseUrl(baseUrl)) {
            errors.add(new FieldError(
                    BASE_URL,
                    "must be an https address such as " + DEFAULT_BASE_URL
                            + " (http only for a simulator on localhost or 127.0.0.1)"));
        }
        return errors;
    }

    /**
     * The company code is required everywhere, and a client's connection needs its own: the one it takes over from
     * the partner's connection is the partner's company, and the client's documents would land there.
     */
    private static Optional<FieldError> companyCodeProblem(Map<String, Object> settings) {
        String code = text(settings, COMPANY_CODE);
        boolean client = text(settings, CommonSetting.PARTNER_CONNECTION.key()) != null;
        if (client && (code == null || !overrides(settings).contains(COMPANY_CODE))) {
            return Optional.of(new FieldError(
                    COMPANY_CODE,
                    "enter this client's own company code (in "
                            + "Zenvoices: Manage > Organisation > Companies); the partner's company code is not taken over, "
                            + "so the client's documents never land in the partner's company"));
        }
        if (code == null && (client || settings.containsKey(COMPANY_CODE))) {
            return Optional.of(new FieldError(
                    COMPANY_CODE,
                    "is required: the code of the company whose "
                            + "inbox receives the documents (in Zenvoices: Manage > Organisation > Companies)"));
        }
        return Optional.empty();
    }

    /** https anywhere; http only on the loopback interface, where the sandbox simulator runs. */
    static boolean validBaseUrl(String url) {
        return SettingValues.isHttpsOrLoopback(url);
    }

    private static Collection<String> overrides(Map<String, Object> settings) {
        Object value = settings.get(CLIENT_OVERRIDES);
        Collection<?> items = value instanceof Collection<?> c
                ? c
                : value instanceof Object[] a
                        ? Arrays.asList(a)
                        : value == null
                                ? List.of()
                                : Arrays.asList(value.toString().split(","));
        return items.stream().map(i -> String.valueOf(i).strip()).toList();
    }

    private static String text(Map<String, Object> settings, String key) {
        return SettingValues.text(settings, key);
    }
}
