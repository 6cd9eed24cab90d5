package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SevdeskVouchersTest {

    private static final String BOUNDARY = "----sandboxBoundary42";
    private static SevdeskSimulator sevdesk;

    @BeforeAll
    static void start() {
        sevdesk = SevdeskSimulator.start(0);
    }

    @AfterAll
    static void stop() {
        sevdesk.close();
    }

    @BeforeEach
    void reset() {
        sevdesk.control().reset();
    }

    private Http api() {
        return Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
    }

    static byte[] multipart(String field, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Http.Reply upload(byte[] body) {
        return api().sendBytes(
                        "POST", "/Voucher/Factory/uploadTempFile", body, "multipart/form-data; boundary=" + BOUNDARY);
    }

    private String voucher(String filename, String status, String taxRule, String account) {
        return "{\"voucher\":{\"objectName\":\"Voucher\",\"mapAll\":true,\"voucherDate\":\"2025-03-01\","
                + "\"supplierName\":\"Paper Ltd\",\"description\":\"R-77\",\"status\":" + status + ","
                + "\"creditDebit\":\"C\",\"voucherType\":\"VOU\",\"taxRule\":{\"id\":\"" + taxRule
                + "\",\"objectName\":\"TaxRule\"},\"currency\":\"EUR\"},\"voucherPosSave\":[{\"objectName\":"
                + "\"VoucherPos\",\"mapAll\":true," + account + "\"taxRate\":19,\"net\":false,\"sumGross\":119,"
                + "\"comment\":\"Paper\"}],\"voucherPosDelete\":null,\"filename\":"
                + (filename == null ? "null" : "\"" + filename + "\"") + "}";
    }

    private static final String DATEV = "\"accountDatev\":{\"id\":4930,\"objectName\":\"AccountDatev\"},";

    @Test
    void uploadReturnsAHashedFilenameThatSaveVoucherAccepts() {
        byte[] pdf = "%PDF-1.4 sandbox".getBytes(StandardCharsets.UTF_8);
        Http.Reply uploaded = upload(multipart("file", "receipt.pdf", pdf));
        assertEquals(201, uploaded.status(), uploaded.text());
        String filename = uploaded.at("/objects/filename").asText();
        assertTrue(filename.matches("[0-9a-f]{32}\\.pdf"), filename);
        assertEquals(64, uploaded.at("/objects/contentHash").asText().length());
        Http.Reply saved = api().post("/Voucher/Factory/saveVoucher", voucher(filename, "100", "9", DATEV));
        assertEquals(201, saved.status(), saved.text());
        assertEquals(filename, saved.at("/objects/filename").asText());
        assertEquals("119.00", saved.at("/objects/voucher/sumGross").asText());
        assertEquals("100.00", saved.at("/objects/voucher/sumNet").asText());
        assertEquals("VoucherPos", saved.at("/objects/voucherPos/0/objectName").asText());
        assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.VOUCHER_DESCRIPTION, "R-77"));
    }

    @Test
    void uploadWithoutFileFieldOrMultipartIs400() {
        assertEquals(
                400, upload(multipart("document", "a.pdf", new byte[] {1, 2})).status());
        assertEquals(400, upload(multipart("file", "a.pdf", new byte[0])).status());
        assertEquals(400, api().post("/Voucher/Factory/uploadTempFile", "{}").status());
        byte[] unterminated = ("--" + BOUNDARY + "\r\ngarbage").getBytes(StandardCharsets.UTF_8);
        assertEquals(400, upload(unterminated).status());
    }

    @Test
    void saveVoucherRejectsUnknownFileInvalidTaxRuleAccountAndStatus() {
        assertEquals(
                400,
                api().post("/Voucher/Factory/saveVoucher", voucher("nope.pdf", "100", "9", DATEV))
                        .status());
        assertEquals(
                422,
                api().post("/Voucher/Factory/saveVoucher", voucher(null, "100", "99", DATEV))
                        .status());
        assertEquals(
                422,
                api().post("/Voucher/Factory/saveVoucher", voucher(null, "100", "9", ""))
                        .status());
        assertEquals(
                422,
                api().post("/Voucher/Factory/saveVoucher", voucher(null, "1000", "9", DATEV))
                        .status());
        assertEquals(
                201,
                api().post("/Voucher/Factory/saveVoucher", voucher(null, "50", "9", DATEV))
                        .status());
        assertEquals(
                400,
                api().post("/Voucher/Factory/saveVoucher", "{\"voucherPosSave\":[]}")
                        .status());
    }

    @Test
    void version10NeedsTaxTypeAndAccountingType() {
        sevdesk.setSystemVersion("1.0");
        assertEquals(
                422,
                api().post("/Voucher/Factory/saveVoucher", voucher(null, "100", "9", DATEV))
                        .status());
        String v1 = voucher(null, "100", "9", "\"accountingType\":{\"id\":12,\"objectName\":\"AccountingType\"},")
                .replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"taxType\":\"default\"");
        assertEquals(201, api().post("/Voucher/Factory/saveVoucher", v1).status());
    }
}
