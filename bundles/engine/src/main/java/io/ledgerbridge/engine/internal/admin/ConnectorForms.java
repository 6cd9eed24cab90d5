package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.spi.Capability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Turns an installed connector's Metatype definition into the settings form the UI renders. */
final class ConnectorForms {
    private ConnectorForms() {
    }

    static ConnectorForm of(InstalledConnectors.Installed connector) {
        ObjectClassDefinition ocd = connector.ocd();
        Set<String> required = ids(ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        List<ConnectorForm.Field> fields = new ArrayList<>();
        for (AttributeDefinition ad : orEmpty(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL))) {
            boolean password = ad.getType() == AttributeDefinition.PASSWORD;
            String[] defaults = ad.getDefaultValue();
            fields.add(new ConnectorForm.Field(ad.getID(), ad.getName(), ad.getDescription(), typeName(ad.getType()),
                    required.contains(ad.getID()) && (defaults == null || defaults.length == 0 || password),
                    ad.getCardinality() != 0,
                    password || defaults == null ? List.of() : Arrays.asList(defaults), options(ad)));
        }
        var info = connector.info();
        return new ConnectorForm(info.id(), info.displayName(), info.vendor(), info.description(),
                info.capabilities().stream().map(Capability::name).collect(Collectors.toSet()), connector.version(),
                fields);
    }

    private static List<ConnectorForm.Option> options(AttributeDefinition ad) {
        String[] values = ad.getOptionValues();
        String[] labels = ad.getOptionLabels();
        List<ConnectorForm.Option> out = new ArrayList<>();
        for (int i = 0; values != null && i < values.length; i++) {
            out.add(new ConnectorForm.Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
        }
        return out;
    }

    private static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.PASSWORD -> "PASSWORD";
            case AttributeDefinition.BOOLEAN -> "BOOLEAN";
            case AttributeDefinition.INTEGER -> "INTEGER";
            case AttributeDefinition.LONG -> "LONG";
            case AttributeDefinition.DOUBLE -> "DOUBLE";
            case AttributeDefinition.FLOAT -> "FLOAT";
            case AttributeDefinition.SHORT -> "SHORT";
            case AttributeDefinition.BYTE -> "BYTE";
            case AttributeDefinition.CHARACTER -> "CHAR";
            default -> "STRING";
        };
    }

    private static Set<String> ids(AttributeDefinition[] defs) {
        return Arrays.stream(orEmpty(defs)).map(AttributeDefinition::getID).collect(Collectors.toSet());
    }

    private static AttributeDefinition[] orEmpty(AttributeDefinition[] defs) {
        return defs == null ? new AttributeDefinition[0] : defs;
    }
}
