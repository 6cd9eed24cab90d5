package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The installed connectors (their {@link ConnectorType} services) with the Metatype definition of their settings. */
@Component(service = InstalledConnectors.class)
public class InstalledConnectors {
    private final MetaTypeService metaTypes;
    private final Map<String, Installed> byId = new ConcurrentHashMap<>();

    /**
     * One installed connector.
     *
     * @param info its description
     * @param type the service
     * @param ocd the Metatype definition of its connections' settings
     * @param version the version of its bundle
     */
    public record Installed(ConnectorInfo info, ConnectorType type, ObjectClassDefinition ocd, String version) {}

    @Activate
    public InstalledConnectors(@Reference MetaTypeService metaTypes) {
        this.metaTypes = metaTypes;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindConnectorType(ServiceReference<ConnectorType> ref, ConnectorType type) {
        ConnectorInfo info = type.describe();
        ObjectClassDefinition ocd = ocd(ref.getBundle(), info.factoryPid());
        if (ocd != null) {
            byId.put(
                    info.id(),
                    new Installed(info, type, ocd, ref.getBundle().getVersion().toString()));
        }
    }

    void unbindConnectorType(ServiceReference<ConnectorType> ref, ConnectorType type) {
        byId.values().removeIf(i -> i.type() == type);
    }

    private ObjectClassDefinition ocd(Bundle bundle, String factoryPid) {
        MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
        if (info == null || !List.of(info.getFactoryPids()).contains(factoryPid)) {
            return null;
        }
        return info.getObjectClassDefinition(factoryPid, null);
    }

    public Optional<Installed> find(String connectorId) {
        return Optional.ofNullable(byId.get(connectorId));
    }

    public Collection<Installed> all() {
        return byId.values();
    }
}
