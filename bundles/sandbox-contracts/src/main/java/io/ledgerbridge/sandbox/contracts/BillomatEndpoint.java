package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One endpoint of the Billomat reference: method, path and the fields of the one element its body carries. */
record BillomatEndpoint(String method, Pattern path, String element, Map<String, BillomatField> fields) {

    static BillomatEndpoint of(JsonNode endpoint) {
        String template = endpoint.path("path").asText().split("[?&]")[0];
        Map<String, BillomatField> fields = new LinkedHashMap<>();
        endpoint.path("fields").forEach(f -> fields.put(f.path("name").asText(), BillomatField.of(f)));
        Pattern path = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
        return new BillomatEndpoint(endpoint.path("method").asText(), path, element(template), fields);
    }

    /** {@code /api/invoices} → invoice, {@code /api/client-properties} → client-property, {@code …/{id}/complete} → complete. */
    static String element(String template) {
        String[] segments = template.split("/");
        String last = segments[segments.length - 1];
        if (last.startsWith("{") && segments.length > 1) {
            last = segments[segments.length - 2];
        } else if (segments.length > 2 && segments[segments.length - 2].startsWith("{")) {
            return last;
        }
        if (last.endsWith("ies")) {
            return last.substring(0, last.length() - 3) + "y";
        }
        return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    boolean matches(String requestMethod, String requestPath) {
        return method.equals(requestMethod) && path.matcher(requestPath).matches();
    }

    List<String> check(JsonNode body, Function<String, Map<String, BillomatField>> nested) {
        if (!body.isObject() || body.size() != 1 || !body.path(element).isObject()) {
            return List.of("body: must be one element {\"" + element + "\":{…}}");
        }
        List<String> out = new ArrayList<>();
        checkFields(element, body.path(element), fields, null, nested, out);
        return out;
    }

    private static void checkFields(
            String where,
            JsonNode content,
            Map<String, BillomatField> table,
            String parentIdField,
            Function<String, Map<String, BillomatField>> nested,
            List<String> out) {
        content.fields().forEachRemaining(entry -> {
            BillomatField field = table.get(entry.getKey());
            String at = where + "." + entry.getKey();
            if (field == null) {
                out.add(at + ": is not a field of the reference's table");
            } else if (field.readOnly()) {
                out.add(at + ": is read-only");
            } else if (field.nestedElement().isPresent()) {
                checkNested(at, entry.getValue(), field.nestedElement().get(), where, nested, out);
            } else {
                field.check(entry.getValue()).ifPresent(problem -> out.add(at + ": " + problem));
            }
        });
        table.values().stream()
                .filter(BillomatField::required)
                .filter(f -> !f.name().equals(parentIdField) && !content.has(f.name()))
                .forEach(f -> out.add(where + "." + f.name() + ": is required"));
    }

    private static void checkNested(
            String at,
            JsonNode value,
            String element,
            String parent,
            Function<String, Map<String, BillomatField>> nested,
            List<String> out) {
        JsonNode items = value.path(element);
        if (!value.isObject() || value.size() != 1 || !(items.isArray() || items.isObject())) {
            out.add(at + ": must be {\"" + element + "\":[…]}");
            return;
        }
        List<JsonNode> list = new ArrayList<>();
        (items.isArray() ? items : List.of(items)).forEach(list::add);
        String parentId = parent.replace('-', '_') + "_id";
        for (int i = 0; i < list.size(); i++) {
            checkFields(at + "." + element + "[" + i + "]", list.get(i), nested.apply(element), parentId, nested, out);
        }
    }
}
