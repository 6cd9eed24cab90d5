package io.ledgerbridge.model.spi;

import static io.ledgerbridge.model.spi.ConnectionRole.EXPORT;
import static io.ledgerbridge.model.spi.ConnectionRole.IMPORT;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings every connection has, whatever its connector: defined here once, checked by the platform, and put
 * in front of each connector's own settings in the form. A connector's Metatype definition lists only its own
 * settings and never declares one of these again (the connector TCK fails the build when it does). The keys are
 * the configuration properties of the connection's factory configuration, as in {@code etc/*.cfg} files.
 */
public enum CommonSetting {
    TENANT(
            "tenant",
            SettingGroup.CONNECTION,
            Type.TEXT,
            false,
            false,
            "Tenant",
            "The partner or client this connection belongs to."),
    NAME(
            "name",
            SettingGroup.CONNECTION,
            Type.TEXT,
            false,
            true,
            "Name",
            "Your name for this connection, unique among your connections of this connector, e.g. \"Buchhaltung\"."),
    ROLE(
            "role",
            SettingGroup.CONNECTION,
            Type.CHOICE,
            false,
            true,
            "Direction",
            "Export sends documents to the service; import brings documents from it into Ledgerbridge.",
            "export=Export (send documents)",
            "import=Import (bring documents in)"),
    ACTIVE(
            "active",
            SettingGroup.CONNECTION,
            Type.BOOLEAN,
            false,
            true,
            "Active",
            "Transfer documents. Switch it on once the connection test succeeds. Switching it off stops the "
                    + "connection: queued transfers wait, and documents issued while it is off can be sent later "
                    + "with a backfill."),
    PARTNER_CONNECTION(
            "partnerConnection",
            SettingGroup.CONNECTION,
            Type.TEXT,
            false,
            false,
            "Partner connection",
            "For a client's connection: the partner's connection whose settings are the defaults."),
    TRIGGERS(
            "triggers",
            SettingGroup.WHAT_IS_SENT,
            Type.CHOICE,
            true,
            true,
            "Send when",
            "Which step in the life of a document sends it.",
            "FINALIZED=Finalized",
            "APPROVED=Approved",
            "SENT=Sent",
            "PAID=Paid"),
    DOCUMENT_TYPES(
            "documentTypes",
            SettingGroup.WHAT_IS_SENT,
            Type.CHOICE,
            true,
            true,
            "Document types",
            "Only documents of these types (none selected: all).",
            "SALES_INVOICE=Sales invoice",
            "CREDIT_NOTE=Credit note",
            "RECEIPT=Receipt",
            "OTHER=Other"),
    DIRECTIONS(
            "directions",
            SettingGroup.WHAT_IS_SENT,
            Type.CHOICE,
            true,
            true,
            "Directions",
            "Only outgoing documents (you issued them) or incoming ones (you received them); none selected: both.",
            "OUTGOING=Outgoing",
            "INCOMING=Incoming"),
    TAGS(
            "tags",
            SettingGroup.WHAT_IS_SENT,
            Type.TEXT,
            true,
            true,
            "Tags",
            "Only documents carrying one of these tags (none: any document)."),
    APPROVAL_REQUIRED(
            "approvalRequired",
            SettingGroup.WHAT_IS_SENT,
            Type.BOOLEAN,
            false,
            true,
            "Approval required",
            "Only documents a person approved."),
    DATE_FROM(
            "dateFrom",
            SettingGroup.WHAT_IS_SENT,
            Type.DATE,
            false,
            true,
            "Documents from",
            "Only documents issued on or after this date."),
    DATE_TO(
            "dateTo",
            SettingGroup.WHAT_IS_SENT,
            Type.DATE,
            false,
            true,
            "Documents until",
            "Only documents issued on or before this date."),
    ARCHIVE_AFTER_TRANSFER(
            "archiveAfterTransfer",
            SettingGroup.WHAT_IS_SENT,
            Type.BOOLEAN,
            false,
            true,
            "Archive after transfer",
            "Mark each document as archived (tag \"archived\") once the service has it."),
    IMPORT_INTERVAL(
            "importIntervalMinutes",
            SettingGroup.IMPORT,
            Type.INTEGER,
            false,
            true,
            "Import every (minutes)",
            "Minutes between two imports (1 to 1440; default 15)."),
    IMPORT_TENANT(
            "importTenant",
            SettingGroup.IMPORT,
            Type.TEXT,
            false,
            true,
            "Imported documents belong to",
            "The client imported documents belong to; empty for this connection's own tenant."),
    IMPORT_DOCUMENT_TYPE(
            "importDocumentType",
            SettingGroup.IMPORT,
            Type.CHOICE,
            false,
            true,
            "Default document type",
            "The type imported documents get when the service does not say.",
            "SALES_INVOICE=Sales invoice",
            "CREDIT_NOTE=Credit note",
            "RECEIPT=Receipt",
            "OTHER=Other"),
    IMPORT_TAGS(
            "importTags",
            SettingGroup.IMPORT,
            Type.TEXT,
            true,
            true,
            "Default tags",
            "Tags added to every imported document.");

    /** The kind of value a common setting takes. */
    public enum Type {
        TEXT,
        BOOLEAN,
        INTEGER,
        DATE,
        CHOICE
    }

    /**
     * An allowed value of a {@link Type#CHOICE} setting.
     *
     * @param value what is stored
     * @param label what users see
     */
    public record Option(String value, String label) {}

    private final String key;
    private final SettingGroup group;
    private final Type type;
    private final boolean multiple;
    private final boolean inForm;
    private final String label;
    private final String description;
    private final List<Option> options;

    CommonSetting(
            String key,
            SettingGroup group,
            Type type,
            boolean multiple,
            boolean inForm,
            String label,
            String description,
            String... options) {
        this.key = key;
        this.group = group;
        this.type = type;
        this.multiple = multiple;
        this.inForm = inForm;
        this.label = label;
        this.description = description;
        this.options = Arrays.stream(options)
                .map(o -> new Option(o.substring(0, o.indexOf('=')), o.substring(o.indexOf('=') + 1)))
                .toList();
    }

    /** The configuration property, e.g. {@code documentTypes}. */
    public String key() {
        return key;
    }

    public SettingGroup group() {
        return group;
    }

    public Type type() {
        return type;
    }

    /** Whether the setting takes several values. */
    public boolean multiple() {
        return multiple;
    }

    /**
     * Whether the settings form asks for it; {@code tenant} and {@code partnerConnection} are set by the place the
     * connection is created from (a partner's connections, a client's integrations) instead.
     */
    public boolean inForm() {
        return inForm;
    }

    /** The label partners see. */
    public String label() {
        return label;
    }

    /** What it does, in words a partner understands. */
    public String description() {
        return description;
    }

    /** The allowed values of a {@link Type#CHOICE} setting; empty otherwise. */
    public List<Option> options() {
        return options;
    }

    /** The platform's default: what a connection that leaves it empty gets (empty when there is none). */
    public List<String> defaults() {
        return switch (this) {
            case ROLE -> List.of(ConnectionRole.EXPORT.value());
            case ACTIVE, APPROVAL_REQUIRED, ARCHIVE_AFTER_TRANSFER -> List.of("false");
            case TRIGGERS -> List.of("FINALIZED");
            case IMPORT_INTERVAL -> List.of("15");
            default -> List.of();
        };
    }

    /** The roles whose connections have this setting: import settings for import connections only, and so on. */
    public Set<ConnectionRole> roles() {
        return switch (group) {
            case WHAT_IS_SENT -> EnumSet.of(EXPORT);
            case IMPORT -> EnumSet.of(IMPORT);
            default -> EnumSet.allOf(ConnectionRole.class);
        };
    }

    /** The common setting with this configuration property. */
    public static Optional<CommonSetting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The configuration properties of all common settings. */
    public static Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        for (CommonSetting s : values()) {
            out.add(s.key);
        }
        return Collections.unmodifiableSet(out);
    }
}
