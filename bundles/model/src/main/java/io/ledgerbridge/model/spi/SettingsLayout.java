package io.ledgerbridge.model.spi;

import io.ledgerbridge.model.LifecycleEvent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a connector wants its own settings shown beside the common ones, and the defaults of common settings that
 * fit it: which of its settings are advanced, which apply to one role only, and which events send a document by
 * default. Build one with {@link #builder()}.
 *
 * @param advanced ids of the connector's own settings shown under "Advanced"
 * @param exportOnly ids of the connector's own settings that only export connections have
 * @param importOnly ids of the connector's own settings that only import connections have
 * @param commonDefaults defaults of common settings that fit this connector better than the platform's (e.g.
 *     the events that send a document, or a longer import interval for a target with a tight rate limit)
 * @param perClient ids of the connector's own settings each client of a partner sets itself (e.g. its company code at
 *     the target): a client's form asks for them, empty and required, instead of taking the partner's
 */
public record SettingsLayout(
        Set<String> advanced,
        Set<String> exportOnly,
        Set<String> importOnly,
        Map<CommonSetting, List<String>> commonDefaults,
        Set<String> perClient) {
    /** No advanced or role-specific settings; documents are sent when finalized. */
    public static final SettingsLayout DEFAULT = builder().build();

    public SettingsLayout {
        advanced = Set.copyOf(advanced);
        exportOnly = Set.copyOf(exportOnly);
        importOnly = Set.copyOf(importOnly);
        commonDefaults = Map.copyOf(commonDefaults);
        perClient = perClient == null ? Set.of() : Set.copyOf(perClient);
    }

    /** A layout without settings each client sets itself (the components of release 1.1). */
    public SettingsLayout(
            Set<String> advanced,
            Set<String> exportOnly,
            Set<String> importOnly,
            Map<CommonSetting, List<String>> commonDefaults) {
        this(advanced, exportOnly, importOnly, commonDefaults, Set.of());
    }

    /** The default of a common setting for this connector: its own, else the platform's. */
    public List<String> defaultOf(CommonSetting setting) {
        return commonDefaults.getOrDefault(setting, setting.defaults());
    }

    /** The group a connector's own setting is shown in. */
    public SettingGroup groupOf(String settingId) {
        return advanced.contains(settingId)
                ? SettingGroup.ADVANCED
                : importOnly.contains(settingId) ? SettingGroup.IMPORT : SettingGroup.CONNECTION;
    }

    /** The roles whose connections have the connector's own setting. */
    public Set<ConnectionRole> rolesOf(String settingId) {
        return exportOnly.contains(settingId)
                ? EnumSet.of(ConnectionRole.EXPORT)
                : importOnly.contains(settingId)
                        ? EnumSet.of(ConnectionRole.IMPORT)
                        : EnumSet.allOf(ConnectionRole.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SettingsLayout}. */
    public static final class Builder {
        private final Set<String> advanced = new LinkedHashSet<>();
        private final Set<String> exportOnly = new LinkedHashSet<>();
        private final Set<String> importOnly = new LinkedHashSet<>();
        private final Set<String> perClient = new LinkedHashSet<>();
        private final Map<CommonSetting, List<String>> defaults = new EnumMap<>(CommonSetting.class);

        private Builder() {}

        /** Shows these settings under "Advanced". */
        public Builder advanced(String... settingIds) {
            advanced.addAll(List.of(settingIds));
            return this;
        }

        /** Only export connections have these settings. */
        public Builder exportOnly(String... settingIds) {
            exportOnly.addAll(List.of(settingIds));
            return this;
        }

        /** Only import connections have these settings. */
        public Builder importOnly(String... settingIds) {
            importOnly.addAll(List.of(settingIds));
            return this;
        }

        /** The events that send a document by default (FINALIZED unless told otherwise). */
        public Builder defaultTriggers(LifecycleEvent first, LifecycleEvent... more) {
            return commonDefault(
                    CommonSetting.TRIGGERS,
                    EnumSet.of(first, more).stream().map(Enum::name).toArray(String[]::new));
        }

        /** A default of a common setting that fits this connector better than the platform's. */
        public Builder commonDefault(CommonSetting setting, String... values) {
            if (setting == CommonSetting.TENANT || setting == CommonSetting.PARTNER_CONNECTION) {
                throw new IllegalArgumentException(setting.key() + " has no default");
            }
            defaults.put(setting, List.of(values));
            return this;
        }

        /** Settings each client of a partner sets itself, e.g. its company code at the target. */
        public Builder perClient(String... settingIds) {
            perClient.addAll(List.of(settingIds));
            return this;
        }

        public SettingsLayout build() {
            return new SettingsLayout(advanced, exportOnly, importOnly, defaults, perClient);
        }
    }
}
