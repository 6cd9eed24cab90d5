package io.ledgerbridge.connector.kit;

import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one place that says what an HTTP status means for a connector. Immutable; a connector whose target uses a
 * status differently derives its own with {@link #with(int, Kind)}.
 *
 * <table>
 *   <caption>The standard classification</caption>
 *   <tr><th>status</th><th>kind</th></tr>
 *   <tr><td>401</td><td>AUTH</td></tr>
 *   <tr><td>402, 403</td><td>PERMISSION (402: the plan lacks the API)</td></tr>
 *   <tr><td>404, 410</td><td>NOT_FOUND</td></tr>
 *   <tr><td>408, 425</td><td>TRANSPORT (the server gave up waiting, or wants the request again later)</td></tr>
 *   <tr><td>429</td><td>RATE_LIMIT</td></tr>
 *   <tr><td>3xx, 405, 407</td><td>CONFIGURATION (redirects are off, so the base URL or proxy is wrong)</td></tr>
 *   <tr><td>400, 409, 422 and every other 4xx</td><td>VALIDATION</td></tr>
 *   <tr><td>5xx, 1xx, 2xx, anything else</td><td>PROTOCOL (a 2xx is only classified when its reply was
 *   unusable)</td></tr>
 * </table>
 */
public final class StatusClassifier {

    private static final StatusClassifier STANDARD = new StatusClassifier(Map.of());

    private final Map<Integer, Kind> overrides;

    private StatusClassifier(Map<Integer, Kind> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The standard classification (see the class description).
     *
     * @return the shared standard classifier
     */
    public static StatusClassifier standard() {
        return STANDARD;
    }

    /**
     * A classifier that answers {@code kind} for {@code status} and this classifier's answer otherwise, e.g.
     * {@code standard().with(409, Kind.NOT_FOUND)}.
     *
     * @param status the HTTP status, 100 to 599
     * @param kind what it means for this target
     * @return a new classifier; this one is unchanged
     */
    public StatusClassifier with(int status, Kind kind) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Map<Integer, Kind> copy = new HashMap<>(overrides);
        copy.put(status, Objects.requireNonNull(kind, "kind"));
        return new StatusClassifier(copy);
    }

    /**
     * What a status means.
     *
     * @param status the HTTP status of a reply the connector cannot use as it is
     * @return the kind, never null
     */
    public Kind classify(int status) {
        Kind override = overrides.get(status);
        return override != null ? override : standardKind(status);
    }

    /**
     * Whether a reply with this status may come from a request that took effect. Only a 4xx is a certain
     * rejection; a 5xx may come after the target stored something, and a 2xx, 1xx or 3xx did reach it.
     *
     * @param status the HTTP status
     * @return false for 4xx, true otherwise
     */
    public boolean uncertain(int status) {
        return status < 400 || status > 499;
    }

    private static Kind standardKind(int status) {
        return switch (status) {
            case 401 -> Kind.AUTH;
            case 402, 403 -> Kind.PERMISSION;
            case 404, 410 -> Kind.NOT_FOUND;
            case 408, 425 -> Kind.TRANSPORT;
            case 429 -> Kind.RATE_LIMIT;
            case 405, 407 -> Kind.CONFIGURATION;
            default ->
                status >= 300 && status < 400
                        ? Kind.CONFIGURATION
                        : status >= 400 && status < 500 ? Kind.VALIDATION : Kind.PROTOCOL;
        };
    }

    @Override
    public String toString() {
        return "StatusClassifier" + (overrides.isEmpty() ? "[standard]" : overrides);
    }
}
