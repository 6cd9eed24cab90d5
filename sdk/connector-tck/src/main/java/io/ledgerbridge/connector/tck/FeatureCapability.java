package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * The {@code io.ledgerbridge.connector} capability a Karaf feature declares for the store, e.g.
 * {@code io.ledgerbridge.connector;id=webhook;name=Webhook;vendor=Ledgerbridge;capabilities="EXPORT,PAYMENT_STATUS"}.
 *
 * @param attributes the clause's attributes, values unquoted
 */
record FeatureCapability(Map<String, String> attributes) {
    static final String NAMESPACE = "io.ledgerbridge.connector";

    String id() {
        return attributes.getOrDefault("id", "");
    }

    String name() {
        return attributes.getOrDefault("name", "");
    }

    String vendor() {
        return attributes.getOrDefault("vendor", "");
    }

    /** The capability names, sorted. */
    Set<String> capabilities() {
        Set<String> out = new TreeSet<>();
        Arrays.stream(attributes.getOrDefault("capabilities", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    /** The connector capability with this id among the features of a feature.xml. */
    static Optional<FeatureCapability> find(Path featureXml, String connectorId) {
        return all(featureXml).stream().filter(c -> c.id().equals(connectorId)).findFirst();
    }

    static List<FeatureCapability> all(Path featureXml) {
        try {
            NodeList nodes = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(featureXml.toFile())
                    .getElementsByTagName("capability");
            List<FeatureCapability> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                parse(nodes.item(i).getTextContent()).ifPresent(out::add);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + featureXml, e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("not a features XML: " + featureXml, e);
        }
    }

    /** One clause, or empty when it is of another namespace. */
    static Optional<FeatureCapability> parse(String clause) {
        List<String> parts = split(clause.strip());
        if (parts.isEmpty() || !parts.get(0).strip().equals(NAMESPACE)) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String key = part.substring(0, eq).strip().replaceAll(":.*$", "");
                String value = part.substring(eq + 1).strip();
                attributes.put(
                        key,
                        value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                                ? value.substring(1, value.length() - 1)
                                : value);
            }
        }
        return Optional.of(new FeatureCapability(Map.copyOf(attributes)));
    }

    /** Splits at semicolons outside double quotes. */
    private static List<String> split(String clause) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : clause.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
