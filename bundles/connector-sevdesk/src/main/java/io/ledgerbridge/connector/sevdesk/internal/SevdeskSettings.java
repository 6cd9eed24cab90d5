package io.ledgerbridge.connector.sevdesk.internal;

/**
 * The settings one export needs, read once from the {@link SevdeskConfig} (whose annotation holds the defaults).
 * The token is not here: it is stored encrypted and read per call from the connection context.
 *
 * @param baseUrl the API base, without a trailing slash
 * @param contactCategory the sevdesk category id of new contacts (3 customer)
 * @param sendType how invoices are marked as sent (VPDF, VPR, VP, VM), or {@link #KEEP_DRAFT}
 * @param checkAccountId the payment account that payments are booked on; empty: payments are not booked
 * @param smallBusiness true for a Kleinunternehmer (§19 UStG): invoices without VAT
 * @param receiptAccount the booking account receipts are saved on; empty: receipts are not transferred
 */
record SevdeskSettings(
        String baseUrl,
        String contactCategory,
        String sendType,
        String checkAccountId,
        boolean smallBusiness,
        String receiptAccount) {
    static final String KEEP_DRAFT = "DRAFT";

    SevdeskSettings {
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        checkAccountId = checkAccountId == null ? "" : checkAccountId.strip();
        receiptAccount = receiptAccount == null ? "" : receiptAccount.strip();
    }

    static SevdeskSettings of(SevdeskConfig config) {
        return new SevdeskSettings(
                config.baseUrl(),
                config.contactCategory(),
                config.sendType(),
                config.checkAccountId(),
                config.smallBusiness(),
                config.receiptAccount());
    }

    boolean booksPayments() {
        return !checkAccountId.isEmpty();
    }

    boolean savesReceipts() {
        return !receiptAccount.isEmpty();
    }

    boolean marksAsSent() {
        return !KEEP_DRAFT.equals(sendType);
    }

    /** Where a person sees an invoice in sevdesk's web app, or null when the base URL does not tell. */
    String invoiceUrl(String invoiceId) {
        String suffix = "/api/v1";
        return baseUrl.endsWith(suffix)
                ? baseUrl.substring(0, baseUrl.length() - suffix.length()) + "/#/fi/detail/type/RE/id/" + invoiceId
                : null;
    }
}
