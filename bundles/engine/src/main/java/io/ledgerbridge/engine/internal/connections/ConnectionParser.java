package io.ledgerbridge.engine.internal.connections;

import static io.ledgerbridge.engine.internal.connections.ConnectionKeys.*;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads a connection from its configuration properties, collecting a message per malformed property. */
public final class ConnectionParser {
    private static final Set<LifecycleEvent> TRIGGERABLE =
            EnumSet.of(LifecycleEvent.FINALIZED, LifecycleEvent.APPROVED, LifecycleEvent.SENT, LifecycleEvent.PAID);

    private static final int MAX_NAME = 200;

    private final Map<String, Object> props;
    private final List<FieldError> problems = new ArrayList<>();

    private ConnectionParser(Map<String, Object> props) {
        this.props = props;
    }

    /** The connection; {@code factoryPid} must start with {@link ConnectorInfo#PID_PREFIX}. */
    public static Connection parse(String pid, String factoryPid, Map<String, Object> props) {
        return new ConnectionParser(props).build(pid, factoryPid.substring(ConnectorInfo.PID_PREFIX.length()));
    }

    private Connection build(String pid, String connectorId) {
        String tenant = text(TENANT);
        if (tenant == null) {
            problems.add(new FieldError(TENANT, "is required: the partner or client this connection belongs to"));
        }
        Set<LifecycleEvent> triggers = enums(TRIGGERS, LifecycleEvent.class);
        if (triggers.isEmpty()) {
            triggers = Set.of(LifecycleEvent.FINALIZED);
        } else if (!TRIGGERABLE.containsAll(triggers)) {
            problems.add(new FieldError(TRIGGERS, "must be some of " + TRIGGERABLE));
        }
        RoutingRules rules = new RoutingRules(
                triggers,
                enums(DOCUMENT_TYPES, DocumentType.class),
                enums(DIRECTIONS, Direction.class),
                new LinkedHashSet<>(list(TAGS)),
                bool(APPROVAL_REQUIRED),
                date(DATE_FROM),
                date(DATE_TO));
        if (rules.issuedFrom() != null
                && rules.issuedTo() != null
                && rules.issuedTo().isBefore(rules.issuedFrom())) {
            problems.add(new FieldError(DATE_TO, "must not be before " + DATE_FROM));
        }
        Connection.Role role = "import".equalsIgnoreCase(text(ROLE)) ? Connection.Role.IMPORT : Connection.Role.EXPORT;
        if (text(ROLE) != null && !text(ROLE).matches("(?i)import|export")) {
            problems.add(new FieldError(ROLE, "must be export or import"));
        }
        String name = text(NAME) == null ? connectorId : text(NAME);
        if (name.length() > MAX_NAME) {
            problems.add(new FieldError(NAME, "is " + name.length() + " characters long; at most " + MAX_NAME));
        }
        integer(IMPORT_INTERVAL, 1, 1440);
        return new Connection(
                pid,
                connectorId,
                tenant,
                name,
                text(PARTNER_CONNECTION),
                bool(ACTIVE),
                role,
                rules,
                props,
                fingerprint(props),
                problems);
    }

    private void integer(String key, int min, int max) {
        String v = text(key);
        try {
            int n = v == null ? min : Integer.parseInt(v);
            if (n < min || n > max) {
                problems.add(new FieldError(key, "must be between " + min + " and " + max + " (is " + n + ")"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldError(key, "must be a whole number between " + min + " and " + max));
        }
    }

    private String text(String key) {
        Object v = props.get(key);
        if (v instanceof String[] a) {
            v = a.length == 0 ? null : a[0];
        }
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private boolean bool(String key) {
        String v = text(key);
        if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            problems.add(new FieldError(key, "must be true or false"));
        }
        return "true".equalsIgnoreCase(v);
    }

    private List<String> list(String key) {
        Object v = props.get(key);
        List<String> raw = v instanceof String[] a
                ? Arrays.asList(a)
                : v instanceof java.util.Collection<?> c
                        ? c.stream().map(Object::toString).toList()
                        : v == null ? List.of() : Arrays.asList(v.toString().split(","));
        return raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private <E extends Enum<E>> Set<E> enums(String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String item : list(key)) {
            try {
                out.add(Enum.valueOf(type, item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError(
                        key, "'" + item + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            }
        }
        return out;
    }

    private LocalDate date(String key) {
        String v = text(key);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(key, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** SHA-256 of the properties that describe the connection (framework-managed ones excluded). */
    static String fingerprint(Map<String, Object> props) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(props).forEach((k, v) -> {
            if (!k.startsWith("service.") && !k.startsWith("felix.") && !k.startsWith("component.")) {
                text.append(k)
                        .append('=')
                        .append(v instanceof Object[] a ? Arrays.toString(a) : v)
                        .append('\n');
            }
        });
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
