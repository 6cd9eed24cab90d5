package io.ledgerbridge.connector.webhook.internal;

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
import org.osgi.service.component.annotations.Component;

/** The webhook connector as installed: its description and the checks of a connection's URL. */
@Component(service = ConnectorType.class)
public class WebhookType implements ConnectorType {
    static final String ID = "webhook";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;

    static ConnectorInfo info(RateBudget budget) {
        return new ConnectorInfo(
                ID,
                "Webhook",
                "Ledgerbridge",
                "Sends each document as signed JSON to an HTTPS "
                        + "endpoint of your own; for ERP developers and data warehouses.",
                Set.of(Capability.EXPORT, Capability.PAYMENT_STATUS),
                budget);
    }

    static RateBudget budget(int perSecond, int concurrency) {
        return new RateBudget(perSecond, Duration.ofSeconds(1), concurrency, 1);
    }

    @Override
    public ConnectorInfo describe() {
        return info(budget(50, 4));
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder()
                .advanced("timeoutSeconds", "requestsPerSecond", "concurrency")
                .build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        Object url = settings.get("url");
        if (url != null && !validUrl(url.toString())) {
            errors.add(
                    new FieldError("url", "must be an absolute http or https URL, e.g. https://erp.example.com/hooks"));
        }
        return errors;
    }

    static boolean validUrl(String url) {
        try {
            URI u = URI.create(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
