package io.ledgerbridge.engine.internal.tenants;

import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the tenants listed in {@code etc/io.ledgerbridge.tenants.cfg} that do not exist yet (first start). */
@Component(
        configurationPid = "io.ledgerbridge.tenants",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = TenantSeeder.Config.class)
public class TenantSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(TenantSeeder.class);

    @ObjectClassDefinition(
            name = "Ledgerbridge tenants",
            description = "Partners and clients created at start if missing.")
    public @interface Config {
        @AttributeDefinition(
                name = "Tenants",
                description = "Entries separated by ';': id|name for a partner, "
                        + "id|name|partnerId for a client. Existing tenants are left as they are.")
        String[] tenants() default {};
    }

    @Activate
    public TenantSeeder(@Reference TenantService tenants, Config config) {
        for (String entry : java.util.Arrays.stream(config.tenants())
                .flatMap(e -> java.util.Arrays.stream(e.split(";")))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList()) {
            String[] parts = entry.split("\\|");
            if (parts.length < 2) {
                LOG.warn("Ignoring tenant entry '{}': expected id|name or id|name|partnerId", entry);
                continue;
            }
            Tenant t = new Tenant(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : null);
            if (tenants.get(Scope.admin(), t.id()).isEmpty()) {
                create(tenants, t);
            }
        }
    }

    private static void create(TenantService tenants, Tenant t) {
        try {
            tenants.create(Scope.admin(), t);
            LOG.info("Created tenant {} ({})", t.id(), t.isPartner() ? "partner" : "client of " + t.parentId());
        } catch (ValidationException e) {
            LOG.warn(
                    "Tenant '{}' of etc/io.ledgerbridge.tenants.cfg was not created: {}. The other entries are; "
                            + "correct this one in the file and it is created at the next start.",
                    t.id(),
                    e.errors().stream().map(f -> f.field() + " " + f.message()).toList());
        }
    }
}
