package io.ledgerbridge.connector.onecockpit.internal;

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

/** The OneCockpit connector as installed: its description, its rate limit and the checks of its own settings. */
@Component(service = ConnectorType.class)
public class OneCockpitType implements ConnectorType {
    static final String ID = "onecockpit";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;
    static final String DEFAULT_BASE_URL = "https://app.onecockpit.de";

    /** What the store shows; the feature's capability (src/main/feature/feature.xml) must say the same. */
    static ConnectorInfo info() {
        return new ConnectorInfo(
                ID,
                "OneCockpit",
                "Ledgerbridge",
                "Sends your finalized documents with their customers to OneCockpit.",
                Set.of(Capability.EXPORT),
                budget());
    }

    /** OneCockpit's published limit; replace it by the target's (requests per window, in flight at once). */
    static RateBudget budget() {
        return new RateBudget(10, Duration.ofSeconds(1), 4, 1);
    }

    @Override
    public ConnectorInfo describe() {
        return info();
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder().advanced("baseUrl", "timeoutSeconds").build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        Object baseUrl = settings.get("baseUrl");
        if (baseUrl != null && !validUrl(baseUrl.toString())) {
            errors.add(new FieldError("baseUrl", "must be an absolute http or https URL, e.g. " + DEFAULT_BASE_URL));
        }
        return errors;
    }

    static boolean validUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
