package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionRole;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The settings form of an installed connector: the common settings every connection has (those that fit what the
 * connector can do), then the connector's own from its Metatype definition, ordered by group.
 */
final class ConnectorForms {
    private ConnectorForms() {}

    static ConnectorForm of(InstalledConnectors.Installed connector) {
        ConnectorInfo info = connector.info();
        Set<ConnectionRole> roles = roles(info);
        SettingsLayout layout = connector.type().settingsLayout();
        List<ConnectorForm.Field> fields = new ArrayList<>();
        for (CommonSetting s : CommonSetting.values()) {
            if (s.inForm()
                    && s.roles().stream().anyMatch(roles::contains)
                    && (s != CommonSetting.ROLE || roles.size() > 1)) {
                fields.add(common(s, info, layout));
            }
        }
        fields.addAll(own(connector.ocd(), layout));
        fields.sort(Comparator.comparing(ConnectorForm.Field::group)); // stable: keeps the order within a group
        return new ConnectorForm(
                info.id(),
                info.displayName(),
                info.vendor(),
                info.description(),
                info.capabilities().stream().map(Capability::name).collect(Collectors.toSet()),
                connector.version(),
                roles,
                fields);
    }

    /** The roles a connector's connections can have: export, and import when it can import. */
    static Set<ConnectionRole> roles(ConnectorInfo info) {
        Set<ConnectionRole> roles = EnumSet.noneOf(ConnectionRole.class);
        if (info.capabilities().contains(Capability.EXPORT)) {
            roles.add(ConnectionRole.EXPORT);
        }
        if (info.capabilities().contains(Capability.IMPORT)) {
            roles.add(ConnectionRole.IMPORT);
        }
        return roles;
    }

    private static ConnectorForm.Field common(CommonSetting s, ConnectorInfo info, SettingsLayout layout) {
        List<String> defaults = s == CommonSetting.NAME ? List.of(info.displayName()) : layout.defaultOf(s);
        String type =
                switch (s.type()) {
                    case BOOLEAN -> "BOOLEAN";
                    case INTEGER -> "INTEGER";
                    case DATE -> "DATE";
                    case TEXT, CHOICE -> "STRING";
                };
        List<ConnectorForm.Option> options = s.options().stream()
                .map(o -> new ConnectorForm.Option(o.value(), o.label()))
                .toList();
        return new ConnectorForm.Field(
                s.key(),
                s.label(),
                s.description(),
                type,
                false,
                s.multiple(),
                defaults,
                options,
                s.group(),
                s.roles(),
                true);
    }

    /** The connector's own settings; one that repeats a common setting is left out (the TCK refuses it). */
    private static List<ConnectorForm.Field> own(ObjectClassDefinition ocd, SettingsLayout layout) {
        Set<String> required = ids(ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        List<ConnectorForm.Field> fields = new ArrayList<>();
        for (AttributeDefinition ad : orEmpty(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL))) {
            if (CommonSetting.byKey(ad.getID()).isPresent()) {
                continue;
            }
            boolean password = ad.getType() == AttributeDefinition.PASSWORD;
            String[] defaults = ad.getDefaultValue();
            fields.add(new ConnectorForm.Field(
                    ad.getID(),
                    ad.getName(),
                    ad.getDescription(),
                    typeName(ad.getType()),
                    required.contains(ad.getID()) && (defaults == null || defaults.length == 0 || password),
                    ad.getCardinality() != 0,
                    password || defaults == null ? List.of() : Arrays.asList(defaults),
                    options(ad),
                    layout.groupOf(ad.getID()),
                    layout.rolesOf(ad.getID()),
                    false,
                    layout.perClient().contains(ad.getID())));
        }
        return fields;
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
