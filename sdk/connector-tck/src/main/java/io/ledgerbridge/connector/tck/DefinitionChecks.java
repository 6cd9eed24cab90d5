package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/** The checks of what a connector declares: feature capability, OCD, README table, settings kept across releases. */
final class DefinitionChecks {
    private final Fixture fixture;

    DefinitionChecks(Fixture fixture) {
        this.fixture = fixture;
    }

    void describeEqualsTheFeatureCapability() {
        ConnectorInfo info = fixture.info();
        Path featureXml = fixture.module()
                .featureXml()
                .orElseThrow(() -> new AssertionError(info.id()
                        + ": no feature.xml found (src/main/feature/feature.xml of the module, or features/"
                        + ModuleFiles.FEATURE + " above it)"));
        FeatureCapability feature = FeatureCapability.find(featureXml, info.id())
                .orElseThrow(() -> new AssertionError(info.id() + ": " + featureXml + " declares no capability "
                        + FeatureCapability.NAMESPACE + ";id=" + info.id()));
        Set<String> described =
                info.capabilities().stream().map(Capability::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> differences = new ArrayList<>();
        compare(differences, "name", info.displayName(), feature.name());
        compare(differences, "vendor", info.vendor(), feature.vendor());
        compare(differences, "capabilities", String.join(",", described), String.join(",", feature.capabilities()));
        assertTrue(
                differences.isEmpty(),
                () -> info.id() + ": describe() and the capability in " + featureXml + " differ: "
                        + String.join("; ", differences));
    }

    void noCommonSettingIsDeclaredAgain() {
        Metatype.Ocd ocd = ocd();
        List<String> again =
                ocd.ids().stream().filter(CommonSetting.keys()::contains).toList();
        assertTrue(
                again.isEmpty(),
                () -> fixture.name() + ": the settings definition " + ocd.id()
                        + " declares the common setting(s) " + again + " again; the platform defines them once "
                        + "(io.ledgerbridge.model.spi.CommonSetting): remove them from the connector's OCD");
    }

    void readmeTableMatchesTheOcd() {
        Metatype.Ocd ocd = ocd();
        Path readme = fixture.module().readme();
        List<String> problems = ReadmeCheck.problems(ocd, ReadmeTable.read(readme));
        assertTrue(
                problems.isEmpty(),
                () -> fixture.name() + ": the configuration table of " + readme
                        + " does not match the settings definition " + ocd.id() + ":\n  "
                        + String.join("\n  ", problems));
    }

    void previousSettingsAreKept(Map<String, String> removed) {
        ModuleFiles module = fixture.module();
        Optional<Path> release = module.previousRelease();
        Assumptions.assumeTrue(
                release.isPresent(),
                () -> fixture.name() + ": no previous release of " + module.artifactId()
                        + " in releases/, so there are no settings to keep");
        String pid = fixture.info().factoryPid();
        Metatype.Ocd previous = Metatype.find(Metatype.fromJar(release.get()), pid)
                .orElseThrow(() -> new AssertionError(
                        fixture.name() + ": " + release.get() + " has no settings definition " + pid));
        Metatype.Ocd current = ocd();
        List<String> lost = previous.ids().stream()
                .filter(id ->
                        current.ad(id).isEmpty() && !CommonSetting.keys().contains(id) && !removed.containsKey(id))
                .toList();
        assertTrue(
                lost.isEmpty(),
                () -> fixture.name() + ": the settings " + lost + " of "
                        + release.get().getFileName()
                        + " are gone; existing connections use them. Keep them, or list them in "
                        + "removedSettings() with the reason");
        removed.forEach((id, reason) -> {
            assertTrue(
                    reason != null && !reason.isBlank(),
                    () -> fixture.name() + ": removedSettings() gives no " + "reason for " + id);
            assertTrue(
                    current.ad(id).isEmpty(),
                    () -> fixture.name() + ": removedSettings() lists " + id
                            + ", which the settings definition still has");
        });
    }

    /** The connector's OCD in its build output, by the id the SPI requires (its factory PID). */
    Metatype.Ocd ocd() {
        String pid = fixture.info().factoryPid();
        Path classes = fixture.module().classes();
        List<Metatype.Ocd> ocds = Metatype.fromClasses(classes);
        Optional<Metatype.Ocd> ocd = Metatype.find(ocds, pid);
        if (ocd.isEmpty()) {
            fail(fixture.name() + ": no settings definition with id " + pid + " in " + classes.resolve(Metatype.FOLDER)
                    + " (found " + ocds.stream().map(Metatype.Ocd::id).toList() + "); annotate "
                    + "the config with @ObjectClassDefinition(id = \"" + pid + "\") and let bnd generate it");
        }
        return ocd.get();
    }

    private static void compare(List<String> differences, String what, String described, String declared) {
        if (!described.equals(declared)) {
            differences.add(what + " is \"" + described + "\" in describe() but \"" + declared + "\" in the feature");
        }
    }
}
