package io.ledgerbridge.rest.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What installing or uninstalling a feature does to the running bundles, worked out before it happens: the bundles
 * of the feature and of the features it needs, compared with the bundles running and with the bundles the other
 * installed features need. Jobs install without refreshing other bundles, so none is restarted.
 *
 * @param connectorId the connector
 * @param action install or uninstall
 * @param bundlesToInstall bundles that are not running yet
 * @param bundlesToRemove bundles that no feature still asked for (installed by name, not as a dependency) needs
 * @param bundlesRestarted bundles that would restart: none, since other bundles are never refreshed
 * @param connections the caller's connections of this connector (on uninstall they wait for it, and are kept)
 * @param summary the same in one sentence
 */
record FeatureImpact(
        String connectorId,
        String action,
        List<String> bundlesToInstall,
        List<String> bundlesToRemove,
        List<String> bundlesRestarted,
        long connections,
        String summary) {

    static FeatureImpact of(
            FeaturesService features,
            BundleContext context,
            ConnectorCatalog.Listed listed,
            boolean install,
            long connections)
            throws Exception {
        Map<String, Bundle> running = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            running.put(b.getLocation(), b);
        }
        Set<String> own = locations(features, listed.feature(), new LinkedHashSet<>());
        List<String> changed;
        if (install) {
            changed = own.stream()
                    .filter(l -> !running.containsKey(l))
                    .map(FeatureImpact::readable)
                    .toList();
        } else {
            Set<String> neededElsewhere = new LinkedHashSet<>();
            for (Feature other : features.listRequiredFeatures()) { // what remains asked for keeps its bundles
                if (!other.getId().equals(listed.feature().getId())) {
                    neededElsewhere.addAll(locations(features, other, new LinkedHashSet<>()));
                }
            }
            changed = own.stream()
                    .filter(running::containsKey)
                    .filter(l -> !neededElsewhere.contains(l))
                    .map(l -> running.get(l).getSymbolicName() + " "
                            + running.get(l).getVersion())
                    .toList();
        }
        String verb = install ? "Installs " : "Removes ";
        String summary = verb + changed.size() + " bundle" + (changed.size() == 1 ? "" : "s")
                + "; no other connector is restarted"
                + (!install && connections > 0
                        ? "; " + connections + " connection(s) wait until it is installed again (they are kept)"
                        : "")
                + ".";
        return new FeatureImpact(
                listed.connectorId(),
                install ? "install" : "uninstall",
                install ? changed : List.of(),
                install ? List.of() : changed,
                List.of(),
                connections,
                summary);
    }

    /** The bundle locations of a feature and of every feature it depends on. */
    private static Set<String> locations(FeaturesService features, Feature feature, Set<String> into) throws Exception {
        for (BundleInfo b : feature.getBundles()) {
            into.add(b.getLocation());
        }
        for (Dependency d : feature.getDependencies()) {
            Feature dep = d.hasVersion()
                    ? features.getFeature(d.getName(), d.getVersion())
                    : features.getFeature(d.getName());
            if (dep != null) {
                locations(features, dep, into);
            }
        }
        return into;
    }

    /** "mvn:io.ledgerbridge/connector-sevdesk/0.1.0-SNAPSHOT" → "io.ledgerbridge/connector-sevdesk 0.1.0-SNAPSHOT". */
    private static String readable(String location) {
        String plain = location.replaceFirst("^wrap:", "").replaceFirst("\\$.*$", "");
        if (plain.startsWith("mvn:")) {
            String[] gav = plain.substring(4).split("/");
            if (gav.length >= 3) {
                return gav[0] + "/" + gav[1] + " " + gav[2];
            }
        }
        return plain;
    }
}
