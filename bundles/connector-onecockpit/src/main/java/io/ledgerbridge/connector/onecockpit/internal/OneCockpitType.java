package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.kit.SettingValues;
import io.ledgerbridge.connector.onecockpit.internal.OneCockpitErrors.Step;
import io.ledgerbridge.connector.onecockpit.internal.dto.TokenGrant;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import io.ledgerbridge.model.spi.DocumentRequirement;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The OneCockpit connector as installed: its description, rate budget, form layout (an invoice goes when it is
 * finalized, and again when it is paid, so that OneCockpit's status follows) and the checks of a connection's
 * settings. A cancellation of an invoice OneCockpit has reaches it as the platform's cancellation update.
 */
@Component(service = ConnectorType.class)
public class OneCockpitType implements ConnectorType {
    static final String ID = "onecockpit";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;
    /** ASSUMED: OneCockpit publishes no API address. */
    static final String DEFAULT_BASE_URL = "https://app.onecockpit.de";

    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String API_TOKEN = "apiToken";
    /** How long saving waits for OneCockpit to exchange a login. */
    static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(20);

    static final String BASE_URL = "baseUrl";

    /**
     * OneCockpit publishes no limit; the assumed API allows 10 requests per second and token. An export costs one
     * upsert (one lookup more after an uncertain attempt; the token exchange once per start).
     */
    static final RateBudget BUDGET = new RateBudget(8, Duration.ofSeconds(1), 4, 1);

    static final ConnectorInfo INFO = new ConnectorInfo(
            ID,
            "OneCockpit",
            "Ledgerbridge",
            "Shows every invoice, open or paid, with its customer in OneCockpit, assigned by the customer's e-mail "
                    + "address.",
            Set.of(
                    Capability.EXPORT,
                    Capability.CONTACT_SYNC,
                    Capability.PAYMENT_STATUS,
                    Capability.CANCELLATION_STATUS),
            BUDGET,
            // checked by the engine before any call: OneCockpit assigns invoices by e-mail and tells them apart by
            // number (the article's two warnings)
            Set.of(DocumentRequirement.RECIPIENT_EMAIL, DocumentRequirement.UNIQUE_NUMBER));

    @Override
    public ConnectorInfo describe() {
        return INFO;
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder()
                .advanced(API_TOKEN, BASE_URL)
                .defaultTriggers(LifecycleEvent.FINALIZED, LifecycleEvent.PAID)
                .build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.containsKey(USER) && text(settings, USER) == null) {
            errors.add(new FieldError(USER, "is required: the user (e-mail address) you sign in to OneCockpit with"));
        }
        if (text(settings, PASSWORD) == null && text(settings, API_TOKEN) == null) {
            errors.add(new FieldError(
                    PASSWORD, "is required to authenticate: the password of your OneCockpit user (it is not stored)"));
        }
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
     * "Authentifizieren": a password entered is exchanged for an API token before anything is stored; the token is
     * kept (encrypted) and the password dropped. Without a password the settings stay as they are.
     */
    @Override
    public Map<String, Object> exchangeCredentials(Map<String, Object> settings) {
        String password = text(settings, PASSWORD);
        if (password == null) {
            return settings;
        }
        String user = text(settings, USER) == null ? "" : text(settings, USER).strip();
        String base = text(settings, BASE_URL) == null
                ? DEFAULT_BASE_URL
                : text(settings, BASE_URL).strip();
        try (HttpJson http = HttpJson.create(
                HttpSettings.builder(ID).responseTimeout(EXCHANGE_TIMEOUT).build())) {
            TokenGrant grant = new OneCockpitClient(http, base).exchange(user, password);
            Map<String, Object> out = new HashMap<>(settings);
            out.remove(PASSWORD);
            out.put(API_TOKEN, grant.token());
            return out;
        } catch (ConnectorException e) {
            String why =
                    new OneCockpitErrors(user, base).explain(Step.EXCHANGE, e).getMessage();
            throw new ValidationException(List.of(new FieldError(PASSWORD, why + "; nothing was saved")));
        }
    }

    /** https anywhere; http only on the loopback interface, where the sandbox simulator runs. */
    static boolean validBaseUrl(String url) {
        return SettingValues.isHttpsOrLoopback(url);
    }

    private static String text(Map<String, Object> settings, String key) {
        return SettingValues.text(settings, key);
    }
}
