package io.ledgerbridge.connector.sevdesk.internal;

import static io.ledgerbridge.connector.sevdesk.internal.Documents.finalized;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.paid;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.receipt;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.retryAfterUncertainAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Receipts the business received, saved as sevdesk vouchers with their PDF, exactly once. */
class SevdeskReceiptTest extends SimulatorFixture {

    @Test
    void aReceiptBecomesAVoucherWithItsPdf() {
        Document doc = receipt("r1", "B-4711", context);
        String id = delivered(connector(receiptSettings("27", false, "VPDF")).export(context, finalized(doc)));

        Map<String, Object> voucher = stored("Voucher").get(0);
        assertEquals(id, voucher.get("id"));
        assertEquals("B-4711", voucher.get("description"));
        assertEquals("Futterhaus GmbH", voucher.get("supplierName"));
        assertEquals("C", voucher.get("creditDebit"));
        assertEquals("100", voucher.get("status"));
        assertEquals("9", refId(voucher, "taxRule"));
        assertEquals("70.00", voucher.get("sumNet"));
        assertEquals("76.10", voucher.get("sumGross"));
        Map<String, Object> file = stored("TempFile").get(0);
        assertEquals(file.get("filename"), voucher.get("document"), "the uploaded PDF is attached");
        assertEquals(doc.attachments().get(0).sha256(), file.get("contentHash"), "byte for byte");
        assertEquals(
                List.of("Hundefutter", "Leine"),
                stored("VoucherPos").stream().map(p -> p.get("comment")).toList());
    }

    @Test
    void oldBookkeepingAndSmallBusinessesAreRespected() {
        sevdesk.setSystemVersion("1.0");
        String old = delivered(connector(receiptSettings("27", false, "VPDF"))
                .export(context, finalized(receipt("r1", "B-1", context))));
        assertEquals(old, stored("Voucher").get(0).get("id"));
        assertEquals("default", stored("Voucher").get(0).get("taxType"));
        assertNull(stored("Voucher").get(0).get("taxRule"));
        sevdesk.control().reset();
        context = tokenContext(SevdeskSimulator.SANDBOX_TOKEN);
        String small = delivered(connector(receiptSettings("27", true, SevdeskSettings.KEEP_DRAFT))
                .export(context, finalized(receipt("r2", "B-2", context))));
        Map<String, Object> voucher = stored("Voucher").get(0);
        assertEquals(small, voucher.get("id"));
        assertEquals("10", refId(voucher, "taxRule"), "input VAT is not deductible");
        assertEquals("50", voucher.get("status"), "kept as draft");
        assertEquals("76.10", voucher.get("sumNet"), "the gross amount is the cost");
    }

    @Test
    void aReceiptIsSavedOnceEvenAfterAnUncertainAttempt() {
        SevdeskConnector connector = connector(receiptSettings("27", false, "VPDF"));
        Document doc = receipt("r1", "B-1", context);
        String id = delivered(connector.export(context, finalized(doc)));
        assertEquals(id, delivered(connector.export(context, finalized(doc))), "remembered");
        context.memory().remove(ReceiptExport.VOUCHER + "r1");
        assertEquals(id, delivered(connector.export(context, retryAfterUncertainAttempt(doc))), "found by number");
        assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.VOUCHER_DESCRIPTION, "B-1"));
        assertEquals(Map.of(), sevdesk.control().duplicates());
        Outcome.Unsupported payment = assertInstanceOf(Outcome.Unsupported.class, connector.export(context, paid(doc)));
        assertEquals(ReceiptExport.PAYMENT_NOT_BOOKED, payment.message());
    }

    @Test
    void aMissingFileFailsAndAReceiptWithoutFileIsSavedWithout() {
        SevdeskConnector connector = connector(receiptSettings("27", false, "VPDF"));
        Document doc = receipt("r1", "B-1", context);
        context.attachments().clear();
        Outcome.Failed missing = assertInstanceOf(Outcome.Failed.class, connector.export(context, finalized(doc)));
        assertEquals(FailureKind.NOT_FOUND, missing.kind());
        assertEquals("the file B-1.pdf of receipt B-1 is missing", missing.message());
        Document withoutFile = Documents.withAttachments(doc, Direction.INCOMING, List.of());
        delivered(connector.export(context, finalized(withoutFile)));
        assertNull(stored("Voucher").get(0).get("document"));
    }

    @Test
    void withoutABookingAccountReceiptsAreSkippedWithWhatToSet() {
        sevdesk.control().clearRequests();
        Outcome.Unsupported skipped = assertInstanceOf(
                Outcome.Unsupported.class, connector().export(context, finalized(receipt("r1", "B-1", context))));
        assertTrue(skipped.message().contains("set 'Booking account for receipts'"), skipped.message());
        assertTrue(sevdesk.control().requests().isEmpty());
    }
}
