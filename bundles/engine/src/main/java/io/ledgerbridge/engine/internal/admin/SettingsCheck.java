package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.model.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Checks a connection's own settings against its connector's Metatype definition: known, required, well-typed. */
final class SettingsCheck {
    private SettingsCheck() {}

    static List<FieldError> check(
            ObjectClassDefinition ocd, Map<String, Object> settings, Set<String> commonKeys, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        AttributeDefinition[] defs = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        Set<String> known = new java.util.HashSet<>(commonKeys);
        for (AttributeDefinition ad : defs == null ? new AttributeDefinition[0] : defs) {
            known.add(ad.getID());
            Object value = settings.get(ad.getID());
            boolean required = isRequired(ocd, ad);
            if (value == null || value.toString().isBlank()) {
                if (creating && required && ad.getDefaultValue() == null) {
                    errors.add(new FieldError(ad.getID(), "is required (" + ad.getName() + ")"));
                }
                continue;
            }
            for (String item : items(value)) {
                String problem = ad.validate(item);
                if (problem != null && !problem.isEmpty()) {
                    errors.add(new FieldError(ad.getID(), readable(problem, ad, item)));
                    break;
                }
            }
        }
        settings.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a setting of this connector")));
        return errors;
    }

    /** The values of a setting: each element of a list or array, or the comma-separated parts of a multi-value text. */
    private static List<String> items(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value instanceof Object[] a) {
            return java.util.Arrays.stream(a).map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    /** Felix answers some problems with untranslated keys such as "%not a valid option": say it in words. */
    private static String readable(String problem, AttributeDefinition ad, String value) {
        if (!problem.startsWith("%")) {
            return problem;
        }
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0) {
            return "'" + value + "' is not one of " + String.join(", ", options);
        }
        return "'" + value + "' is not a valid " + ad.getName();
    }

    private static boolean isRequired(ObjectClassDefinition ocd, AttributeDefinition ad) {
        AttributeDefinition[] required = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        if (required == null) {
            return false;
        }
        for (AttributeDefinition r : required) {
            if (r.getID().equals(ad.getID())) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the PASSWORD attributes. */
    static Set<String> passwords(ObjectClassDefinition ocd) {
        Set<String> out = new java.util.HashSet<>();
        AttributeDefinition[] defs = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition ad : defs == null ? new AttributeDefinition[0] : defs) {
            if (ad.getType() == AttributeDefinition.PASSWORD) {
                out.add(ad.getID());
            }
        }
        return out;
    }
}
