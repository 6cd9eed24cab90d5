package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/** The Billomat connector as installed: its description, Billomat's rate limit and the checks of an account's settings. */
@Component(service = ConnectorType.class)
public class BillomatType implements ConnectorType {
    static final String ID = "billomat";
    static final String PID = ConnectorInfo.PID_PREFIX + ID;
    static final String DEFAULT_BASE_URL = "https://{billomatId}.billomat.net/api";
    /** Requests per 15 minutes for tools without app credentials, shared by all of them on one Billomat account. */
    static final int UNREGISTERED_QUOTA = 300;
    /** Requests per 15 minutes for a registered app (X-AppId and X-AppSecret). */
    static final int APP_QUOTA = 1000;

    static final Duration WINDOW = Duration.ofMinutes(15);
    /** A new invoice costs two calls (create with its items, complete); a new customer one or two more. */
    static final int REQUESTS_PER_EXPORT = 2;

    static final int CONCURRENCY = 2;

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    static ConnectorInfo info(RateBudget budget) {
        return new ConnectorInfo(
                ID,
                "Billomat",
                "Ledgerbridge",
                "Sends documents into Billomat as completed "
                        + "invoices with their customers and payments, or as inbox documents; imports Billomat invoices.",
                Set.of(Capability.EXPORT, Capability.IMPORT, Capability.CONTACT_SYNC, Capability.PAYMENT_STATUS),
                budget);
    }

    /** Billomat's limit: 300 requests per 15 minutes, 1000 for a registered app. */
    static RateBudget budget(boolean registeredApp) {
        return new RateBudget(registeredApp ? APP_QUOTA : UNREGISTERED_QUOTA, WINDOW, CONCURRENCY, REQUESTS_PER_EXPORT);
    }

    @Override
    public ConnectorInfo describe() {
        return info(budget(false));
    }

    @Override
    public SettingsLayout settingsLayout() {
        return SettingsLayout.builder()
                .advanced("baseUrl", "appId", "appSecret")
                .exportOnly("target")
                .commonDefault(CommonSetting.IMPORT_INTERVAL, "60") // 300 requests per 15 minutes go a long way
                .commonDefault(CommonSetting.IMPORT_DOCUMENT_TYPE, "SALES_INVOICE")
                .build();
    }

    @Override
    public List<FieldError> validate(Map<String, Object> settings) {
        List<FieldError> errors = new ArrayList<>();
        String billomatId = text(settings.get("billomatId"));
        if (billomatId != null && !validBillomatId(billomatId)) {
            errors.add(new FieldError("billomatId", billomatIdProblem(billomatId)));
        }
        String baseUrl = text(settings.get("baseUrl"));
        if (baseUrl != null
                && BaseUrl.resolve(baseUrl, billomatId == null ? "id" : billomatId.strip())
                        .isEmpty()) {
            errors.add(new FieldError(
                    "baseUrl",
                    "must be an absolute http or https URL, optionally with " + "{billomatId}, e.g. "
                            + DEFAULT_BASE_URL));
        }
        boolean hasAppId = text(settings.get("appId")) != null;
        boolean hasAppSecret = text(settings.get("appSecret")) != null;
        if (hasAppId != hasAppSecret) {
            errors.add(new FieldError(
                    hasAppId ? "appSecret" : "appId",
                    "is needed as well: set both the app ID and the app secret, or neither"));
        }
        return errors;
    }

    static boolean validBillomatId(String id) {
        return HOST_LABEL.matcher(id.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private static String billomatIdProblem(String id) {
        if (id.toLowerCase(Locale.ROOT).contains("billomat.net")) {
            return "enter only the part before .billomat.net, e.g. meinefirma for https://meinefirma.billomat.net";
        }
        return "must be the part before .billomat.net in your browser's address bar: letters, digits and dashes, "
                + "e.g. meinefirma";
    }

    /** A setting as text; the first element of a list; null when blank. */
    static String text(Object value) {
        Object v = value;
        if (v instanceof String[] array) {
            v = array.length == 0 ? null : array[0];
        } else if (v instanceof Collection<?> collection) {
            v = collection.isEmpty() ? null : collection.iterator().next();
        }
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}
