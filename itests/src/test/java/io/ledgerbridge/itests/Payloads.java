package io.ledgerbridge.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Document JSON as an ERP sends it. */
public final class Payloads {
    private Payloads() {}

    public static String invoice(String sourceId, String number) {
        return invoice(sourceId, number, null);
    }

    /** The invoice of {@link #invoice(String, String)} for another customer, with a link back to the ERP. */
    public static String invoice(String sourceId, String number, JsonNode party, String sourceUrl) {
        try {
            ObjectNode draft = (ObjectNode) Api.JSON.readTree(invoice(sourceId, number));
            draft.set("party", party);
            return draft.put("sourceUrl", sourceUrl).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String invoice(String sourceId, String number, String tenantId) {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII));
        return "{" + (tenantId == null ? "" : "\"tenantId\":\"" + tenantId + "\",")
                + "\"sourceId\":\"" + sourceId + "\",\"type\":\"SALES_INVOICE\",\"direction\":\"OUTGOING\","
                + "\"number\":\"" + number + "\",\"issueDate\":\"2026-11-02\",\"dueDate\":\"2026-11-16\","
                + "\"currency\":\"EUR\",\"lines\":[{\"description\":\"Puppy course\",\"quantity\":2,\"unit\":\"h\","
                + "\"unitPrice\":50.00,\"taxRate\":19}],\"totals\":{\"net\":100.00,\"tax\":19.00,\"gross\":119.00},"
                + "\"party\":{\"email\":\"anna@example.com\",\"firstName\":\"Anna\",\"lastName\":\"Muster\","
                + "\"street\":\"Hauptstr. 1\",\"zip\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"},"
                + "\"tags\":[\"dogs\"],\"attachments\":[{\"kind\":\"PDF\",\"fileName\":\"" + number + ".pdf\","
                + "\"mediaType\":\"application/pdf\",\"content\":\"" + pdf + "\"}]}";
    }
}
