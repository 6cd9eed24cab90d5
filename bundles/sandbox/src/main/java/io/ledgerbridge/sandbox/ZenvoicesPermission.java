package io.ledgerbridge.sandbox;

/**
 * The per-user API permissions a Zenvoices admin grants under Manage / Organisation / Users.
 * The permission names are assumed (ABP style); the UI labels are those of the real product.
 */
public enum ZenvoicesPermission {

    /** "API > Companies > List access": {@code administration/list} and {@code administration/{id}}. */
    COMPANIES_LIST("Api.Companies.List", "API > Companies > List access"),
    /** "API > Inbox access": inbox upload, list and details. */
    INBOX("Api.Inbox", "API > Inbox access");

    private final String permissionName;
    private final String label;

    ZenvoicesPermission(String permissionName, String label) {
        this.permissionName = permissionName;
        this.label = label;
    }

    /** @return the ABP permission name shown in 403 messages, e.g. {@code Api.Inbox} */
    public String permissionName() {
        return permissionName;
    }

    /** @return where the permission lives in the Zenvoices UI */
    public String label() {
        return label;
    }

    /**
     * @param text an enum name ({@code INBOX}) or permission name ({@code Api.Inbox}), case-insensitive
     * @return the permission
     * @throws IllegalArgumentException for anything else
     */
    public static ZenvoicesPermission parse(String text) {
        for (ZenvoicesPermission permission : values()) {
            if (permission.name().equalsIgnoreCase(text) || permission.permissionName.equalsIgnoreCase(text)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("unknown Zenvoices permission " + text
                + "; use COMPANIES_LIST (Api.Companies.List) or INBOX (Api.Inbox)");
    }
}
