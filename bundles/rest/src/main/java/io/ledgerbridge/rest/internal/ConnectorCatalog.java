package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TransferService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The store's catalog: every feature of the distribution's repositories that declares the capability
 * {@code io.ledgerbridge.connector}, described by the connector itself once installed (its {@code ConnectorInfo}) and
 * by the feature's capability attributes before.
 */
@Component(service = ConnectorCatalog.class)
public class ConnectorCatalog {
    private final FeaturesService features;
    private final ConnectionAdmin admin;
    private final TransferService transfers;

    @Activate
    public ConnectorCatalog(
            @Reference FeaturesService features,
            @Reference ConnectionAdmin admin,
            @Reference TransferService transfers) {
        this.features = features;
        this.admin = admin;
        this.transfers = transfers;
    }

    /** A connector feature and what its capability says. */
    record Listed(Feature feature, Map<String, String> attributes) {
        String connectorId() {
            return attributes.get("id");
        }
    }

    /** The connectors the caller may see (admins: all; partners: installed ones) matching the search text. */
    List<StoreEntry> entries(Scope scope, boolean admin, String query, StoreJobs jobs) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return listed().stream()
                .map(l -> entry(scope, l, jobs))
                .filter(e -> admin || e.installed())
                .filter(e -> q.isEmpty()
                        || (e.name() + " " + e.description() + " " + e.vendor() + " "
                                        + String.join(" ", e.capabilities()))
                                .toLowerCase(Locale.ROOT)
                                .contains(q))
                .sorted(Comparator.comparing(StoreEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    Optional<StoreEntry> entry(Scope scope, boolean admin, String connectorId, StoreJobs jobs) {
        return find(connectorId).map(l -> entry(scope, l, jobs)).filter(e -> admin || e.installed());
    }

    /** The connector feature of this id. */
    Optional<Listed> find(String connectorId) {
        return listed().stream()
                .filter(l -> l.connectorId().equals(connectorId))
                .findFirst();
    }

    boolean isInstalled(Listed listed) {
        return features.isInstalled(listed.feature());
    }

    private StoreEntry entry(Scope scope, Listed l, StoreJobs jobs) {
        boolean installed = features.isInstalled(l.feature());
        Optional<ConnectorForm> live = installed ? admin.form(l.connectorId()) : Optional.empty();
        Map<String, String> a = l.attributes();
        long connections = transfers.connections(scope).stream()
                .filter(c -> c.connectorId().equals(l.connectorId()))
                .count();
        return new StoreEntry(
                l.connectorId(),
                l.feature().getName(),
                live.map(ConnectorForm::name).orElse(a.getOrDefault("name", l.connectorId())),
                live.map(ConnectorForm::vendor).orElse(a.getOrDefault("vendor", "")),
                live.map(ConnectorForm::description).orElse(l.feature().getDescription()),
                live.map(ConnectorForm::version).orElse(l.feature().getVersion()),
                live.map(f -> f.capabilities().stream().sorted().toList()).orElse(capabilities(a)),
                installed,
                connections,
                jobs.openJob(l.connectorId()).map(StoreJob::view).orElse(null));
    }

    private static List<String> capabilities(Map<String, String> attributes) {
        String value = attributes.getOrDefault("capabilities", "");
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .sorted()
                .toList();
    }

    private List<Listed> listed() {
        List<Listed> out = new ArrayList<>();
        try {
            for (Feature f : features.listFeatures()) {
                f.getCapabilities().stream()
                        .map(c -> FeatureCapability.connectorAttributes(c.getValue()))
                        .filter(a -> a.containsKey("id"))
                        .findFirst()
                        .ifPresent(a -> out.add(new Listed(f, a)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the features repositories", e);
        }
        return out;
    }

    static NotFoundException missing(String connectorId) {
        return new NotFoundException("connector '" + connectorId + "' is not in the store");
    }
}
