package io.ledgerbridge.connector.billomat.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Party;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

/**
 * The shared document model in Billomat's wire format: the customer as a client, the document as an invoice with
 * its items (net prices, the document's number kept), a payment, a file for the inbox.
 */
final class ExportMapper {
    /** Billomat's time zone, for the date of a payment. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Metadata key of an inbox document that names the Ledgerbridge document (the lookup key). */
    static final String DOCUMENT_KEY = "LEDGERBRIDGE_DOCUMENT_ID";

    private static final int TITLE_LENGTH = 255;

    private final ObjectMapper json;

    ExportMapper(ObjectMapper json) {
        this.json = json;
    }

    /** {@code {"client":{..}}}: a company by its name, a person by first and last name. */
    ObjectNode client(Party party) {
        ObjectNode body = json.createObjectNode();
        ObjectNode client = body.putObject("client");
        putIfSet(client, "name", party.companyName());
        putIfSet(client, "first_name", party.firstName());
        putIfSet(client, "last_name", party.lastName());
        putIfSet(client, "salutation", party.title());
        putIfSet(client, "street", party.street());
        putIfSet(client, "zip", party.zip());
        putIfSet(client, "city", party.city());
        putIfSet(client, "country_code", party.country());
        putIfSet(client, "email", party.email() == null ? null : party.email().strip());
        putIfSet(client, "phone", party.phone());
        putIfSet(client, "vat_number", party.vatId());
        if (party.customerNumber() != null && !party.customerNumber().isBlank()) {
            client.put(
                    "note",
                    "Ledgerbridge customer number " + party.customerNumber().strip());
        }
        return body;
    }

    /** {@code {"invoice":{..}}} with nested items; Billomat creates it as a DRAFT. */
    ObjectNode invoice(Document document, String clientId, InvoiceNumber number) {
        ObjectNode body = json.createObjectNode();
        ObjectNode invoice = body.putObject("invoice");
        invoice.put("client_id", clientId);
        invoice.put("number_pre", number.prefix())
                .put("number", number.number())
                .put("number_length", number.length());
        invoice.put("date", document.issueDate().toString());
        if (document.deliveryDate() != null) {
            invoice.put("supply_date", document.deliveryDate().toString()).put("supply_date_type", "SUPPLY_DATE");
        }
        if (document.dueDate() != null) {
            invoice.put("due_date", document.dueDate().toString());
        }
        invoice.put("currency_code", document.currency()).put("net_gross", "NET");
        ArrayNode items = invoice.putObject("invoice-items").putArray("invoice-item");
        for (LineItem line : document.lines()) {
            items.add(item(line));
        }
        return body;
    }

    private ObjectNode item(LineItem line) {
        ObjectNode item = json.createObjectNode();
        String description = line.description().strip();
        item.put("title", description.length() <= TITLE_LENGTH ? description : description.substring(0, TITLE_LENGTH));
        if (description.length() > TITLE_LENGTH) {
            item.put("description", description);
        }
        putIfSet(item, "unit", line.unit());
        item.put("quantity", line.quantity())
                .put("unit_price", line.unitPrice())
                .put("tax_rate", line.taxRate());
        return item;
    }

    /** {@code {"invoice-payment":{..}}} over the document's gross total; the invoice is marked paid. */
    ObjectNode payment(Document document, String invoiceId) {
        ObjectNode body = json.createObjectNode();
        LocalDate paidOn = LocalDate.ofInstant(document.updatedAt(), BERLIN);
        body.putObject("invoice-payment")
                .put("invoice_id", invoiceId)
                .put("amount", document.totals().gross())
                .put("date", paidOn.toString())
                .put("type", "BANK_TRANSFER")
                .put("mark_invoice_as_paid", 1)
                .put("comment", "Paid (recorded by Ledgerbridge for " + document.number() + ")");
        return body;
    }

    /** {@code {"inbox-document":{..}}}: the file, with metadata naming the document (the lookup key). */
    ObjectNode inboxDocument(Document document, String fileName, byte[] content) {
        ObjectNode body = json.createObjectNode();
        ObjectNode inbox = body.putObject("inbox-document");
        inbox.put("filename", fileName).put("base64file", Base64.getEncoder().encodeToString(content));
        ArrayNode data = inbox.putObject("metadata").putArray("data");
        data.addObject().put("key", DOCUMENT_KEY).put("value", document.id());
        data.addObject().put("key", "INVOICE_NUMBER").put("value", document.number());
        data.addObject().put("key", "DATE").put("value", document.issueDate().toString());
        data.addObject()
                .put("key", "AMOUNT_GROSS")
                .put("value", document.totals().gross().toPlainString());
        data.addObject().put("key", "CURRENCY_CODE").put("value", document.currency());
        if (document.party() != null && !document.party().displayName().isEmpty()) {
            String role = document.direction() == Direction.INCOMING ? "SENDER_NAME" : "RECIPIENT_NAME";
            data.addObject().put("key", role).put("value", document.party().displayName());
        }
        return body;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
