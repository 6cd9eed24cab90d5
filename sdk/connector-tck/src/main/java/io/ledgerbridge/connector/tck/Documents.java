package io.ledgerbridge.connector.tck;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.spi.ExportRequest;

/**
 * Valid documents and export requests for connector tests: {@code Documents.invoice("RE-1001").lines(500).build()}.
 * Each customer key gives its own customer (number {@code K-<key>}, e-mail {@code <key>@example.com}).
 */
public final class Documents {
    private Documents() {}

    /**
     * A finalized outgoing sales invoice with two positions (net 110.00, tax 19.70, gross 129.70).
     *
     * @param number the invoice number; also names its customer
     * @return a builder to adjust it
     */
    public static DocumentBuilder invoice(String number) {
        return new DocumentBuilder(DocumentType.SALES_INVOICE, Direction.OUTGOING, number, customer(number));
    }

    /**
     * A finalized outgoing credit note.
     *
     * @param number the credit note number; also names its customer
     * @return a builder to adjust it
     */
    public static DocumentBuilder creditNote(String number) {
        return new DocumentBuilder(DocumentType.CREDIT_NOTE, Direction.OUTGOING, number, customer(number));
    }

    /**
     * A receipt the business received from {@link #supplier()}; add its file with {@link DocumentBuilder#pdf(int)}.
     *
     * @param number the receipt number
     * @return a builder to adjust it
     */
    public static DocumentBuilder receipt(String number) {
        return new DocumentBuilder(DocumentType.RECEIPT, Direction.INCOMING, number, supplier());
    }

    /**
     * A company customer in Germany.
     *
     * @param key distinguishes customers: customer number {@code K-<key>}, e-mail {@code <key>@example.com}
     * @return the party
     */
    public static Party customer(String key) {
        String local = key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return new Party(
                local + "@example.com",
                "Hundeschule " + key,
                null,
                "Anna",
                "Muster",
                "Hauptstr. 1",
                "10115",
                "Berlin",
                "DE",
                "+49 30 123456",
                "DE123456789",
                "K-" + key);
    }

    /** @return the supplier of receipts: Futterhaus GmbH in Köln */
    public static Party supplier() {
        return new Party(
                "rechnung@futterhaus.example",
                "Futterhaus GmbH",
                null,
                null,
                null,
                "Am Markt 3",
                "50667",
                "Köln",
                "DE",
                null,
                "DE999999999",
                "L-100");
    }

    /**
     * The first attempt to export a document when it was finalized.
     *
     * @param document the document
     * @return a request with idempotency key {@code t-<id>}
     */
    public static ExportRequest finalized(Document document) {
        return new ExportRequest(document, LifecycleEvent.FINALIZED, "t-" + document.id(), false, 1);
    }

    /**
     * A later attempt of the same transfer after one whose outcome is unknown (a timeout, a crash).
     *
     * @param document the document
     * @param attempt 2 or more
     * @return a request with the same idempotency key as {@link #finalized(Document)}, marked uncertain
     */
    public static ExportRequest afterUncertainAttempt(Document document, int attempt) {
        return new ExportRequest(document, LifecycleEvent.FINALIZED, "t-" + document.id(), true, attempt);
    }
}
