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
    private SettingsCheck() {
    }

    static List<FieldError> check(ObjectClassDefinition ocd, Map<String, Object> settings, Set<String> commonKeys,
                                  boolean creating) {
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
            String problem = ad.validate(value.toString());
            if (problem != null && !problem.isEmpty()) {
                errors.add(new FieldError(ad.getID(), problem));
            }
        }
        settings.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a setting of this connector")));
        return errors;
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
