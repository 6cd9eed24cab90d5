package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders Billomat's JSON shapes as the XML the real API sends by default: object fields become elements,
 * {@code @name} fields become attributes, arrays become repeated elements.
 */
final class BillomatXml {

    private BillomatXml() {}

    static String render(JsonNode root) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            element(xml, field.getKey(), field.getValue());
        }
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, JsonNode value) {
        if (value.isArray()) {
            value.forEach(item -> element(xml, name, item));
            return;
        }
        xml.append('<').append(name);
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> {
                if (field.getKey().startsWith("@")) {
                    xml.append(' ')
                            .append(field.getKey().substring(1))
                            .append("=\"")
                            .append(escape(field.getValue().asText()))
                            .append('"');
                }
            });
            xml.append('>');
            value.fields().forEachRemaining(field -> {
                if (!field.getKey().startsWith("@")) {
                    element(xml, field.getKey(), field.getValue());
                }
            });
        } else if (value.isNull()) {
            xml.append("/>");
            return;
        } else {
            xml.append('>').append(escape(value.asText()));
        }
        xml.append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
