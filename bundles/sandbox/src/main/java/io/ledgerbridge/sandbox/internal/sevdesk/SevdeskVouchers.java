package io.ledgerbridge.sandbox.internal.sevdesk;

import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.money;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.ref;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.refId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Multipart;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Set;

/**
 * Receipts: {@code Voucher/Factory/uploadTempFile} (multipart field {@code file}) returns a hashed file name that
 * {@code Voucher/Factory/saveVoucher} attaches; saveVoucher checks status, creditDebit and tax fields per version.
 */
final class SevdeskVouchers {

    private static final Set<String> VOUCHER_TYPES = Set.of("VOU", "RV");

    private final SevdeskContext context;

    SevdeskVouchers(SevdeskContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", "/Voucher/Factory/uploadTempFile", this::upload)
                .on("POST", "/Voucher/Factory/saveVoucher", this::save)
                .on("GET", "/Voucher", request -> SevdeskFormat.list(request, context.state.vouchers.all()));
    }

    private SimResponse upload(SimRequest request) {
        Multipart.Part file = Multipart.parse(request.header("Content-Type"), request.body()).stream()
                .filter(part -> "file".equals(part.name()))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("Missing multipart field 'file'"));
        if (file.content().length == 0) {
            throw ApiException.badRequest("The uploaded file is empty");
        }
        String extension = extension(file.filename());
        String name = FileHashes.md5(file.content()) + extension;
        ObjectNode meta = context.state.tempFiles.insert(id -> Json.object()
                .put("pages", 1)
                .put("mimeType", file.contentType())
                .put("originMimeType", file.contentType())
                .put("filename", name)
                .put("contentHash", FileHashes.sha256(file.content()))
                .put("size", file.content().length)
                .putNull("content"));
        context.state.tempFilesByName.put(name, meta);
        ObjectNode response = meta.deepCopy();
        response.remove("size");
        return SevdeskFormat.objects(201, response);
    }

    private SimResponse save(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        ObjectNode voucher = Json.obj(body, "voucher");
        if (voucher == null) {
            throw ApiException.badRequest("Missing voucher object in saveVoucher body");
        }
        String filename = Json.nonBlank(body, "filename");
        if (filename != null && !context.state.tempFilesByName.containsKey(filename)) {
            throw ApiException.invalid(400, "filename", "Unknown file " + filename + "; upload it first");
        }
        ArrayNode positions = Json.arr(body, "voucherPosSave");
        if (positions == null || positions.isEmpty()) {
            throw ApiException.invalid(422, "voucherPosSave", "At least one voucher position is required");
        }
        validateVoucher(voucher);
        positions.forEach(this::validatePosition);
        ObjectNode stored = context.state.vouchers.insert(id -> newVoucher(id, voucher, filename));
        ArrayNode savedPositions = savePositions(stored, positions);
        context.creates.record(SevdeskContext.KIND_VOUCHER_DESCRIPTION, Json.nonBlank(voucher, "description"));
        ObjectNode result = Json.object();
        result.set("voucher", stored.deepCopy());
        result.set("voucherPos", savedPositions);
        result.put("filename", filename);
        return SevdeskFormat.objects(201, result);
    }

    private void validateVoucher(ObjectNode voucher) {
        String status = Objects.requireNonNullElse(Json.nonBlank(voucher, "status"), "50");
        if (!"50".equals(status) && !"100".equals(status)) {
            throw ApiException.invalid(422, "status", "Vouchers can only be saved with status 50 or 100");
        }
        String creditDebit = Json.nonBlank(voucher, "creditDebit");
        if (!"C".equals(creditDebit) && !"D".equals(creditDebit)) {
            throw ApiException.invalid(422, "creditDebit", "creditDebit must be C or D");
        }
        if (!VOUCHER_TYPES.contains(Objects.requireNonNullElse(Json.nonBlank(voucher, "voucherType"), "VOU"))) {
            throw ApiException.invalid(422, "voucherType", "voucherType must be VOU or RV");
        }
        if (context.state.isUpdate2()) {
            String taxRule = refId(voucher, "taxRule");
            if (taxRule == null || !taxRule.matches("[1-9]|1\\d|2[01]")) {
                throw ApiException.invalid(422, "taxRule", "A valid taxRule is required with sevdesk Update 2.0");
            }
        } else if (Json.nonBlank(voucher, "taxType") == null) {
            throw ApiException.invalid(422, "taxType", "taxType is required");
        }
    }

    private void validatePosition(JsonNode position) {
        if (!position.isObject()) {
            throw ApiException.badRequest("voucherPosSave entries must be objects");
        }
        if (Json.decimal(position, "taxRate") == null) {
            throw ApiException.invalid(422, "taxRate", "Voucher position needs a taxRate");
        }
        if (Json.decimal(position, "sumNet") == null && Json.decimal(position, "sumGross") == null) {
            throw ApiException.invalid(422, "sumNet", "Voucher position needs sumNet or sumGross");
        }
        String accountField = context.state.isUpdate2() ? "accountDatev" : "accountingType";
        String account = refId(position, accountField);
        if (account == null || !account.matches("[1-9]\\d{0,9}")) {
            throw ApiException.invalid(422, accountField, "Voucher position needs a valid " + accountField);
        }
    }

    private ObjectNode newVoucher(long id, ObjectNode input, String filename) {
        String now = context.now();
        ObjectNode voucher = Json.object()
                .put("id", String.valueOf(id))
                .put("objectName", "Voucher")
                .put("create", now)
                .put("update", now);
        String date = Json.nonBlank(input, "voucherDate");
        voucher.put(
                "voucherDate",
                date == null ? now : SevdeskFormat.timestamp(SevdeskFormat.parseDate("voucherDate", date)));
        String supplier = refId(input, "supplier");
        voucher.set("supplier", supplier == null ? null : ref(supplier, "Contact"));
        SevdeskFormat.copyText(input, voucher, "supplierName", "description", "creditDebit", "taxType");
        voucher.put("status", Objects.requireNonNullElse(Json.nonBlank(input, "status"), "50"));
        voucher.put("voucherType", Objects.requireNonNullElse(Json.nonBlank(input, "voucherType"), "VOU"));
        voucher.put("currency", Objects.requireNonNullElse(Json.nonBlank(input, "currency"), "EUR"));
        String taxRule = refId(input, "taxRule");
        voucher.set("taxRule", taxRule == null ? null : ref(taxRule, "TaxRule"));
        voucher.put("document", filename);
        voucher.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
        return voucher;
    }

    private ArrayNode savePositions(ObjectNode voucher, ArrayNode positions) {
        BigDecimal sumNet = BigDecimal.ZERO;
        BigDecimal sumGross = BigDecimal.ZERO;
        ArrayNode saved = Json.array();
        for (JsonNode input : positions) {
            BigDecimal factor =
                    BigDecimal.ONE.add(Json.decimal(input, "taxRate").movePointLeft(2));
            BigDecimal net = Json.decimal(input, "sumNet");
            BigDecimal gross =
                    Objects.requireNonNullElseGet(Json.decimal(input, "sumGross"), () -> net.multiply(factor));
            BigDecimal netValue = net != null ? net : gross.divide(factor, MathContext.DECIMAL64);
            sumNet = sumNet.add(netValue);
            sumGross = sumGross.add(gross);
            saved.add(context.state
                    .voucherPositions
                    .insert(id -> {
                        ObjectNode position =
                                Json.object().put("id", String.valueOf(id)).put("objectName", "VoucherPos");
                        position.set("voucher", ref(voucher.path("id").asText(), "Voucher"));
                        SevdeskFormat.copyText(input, position, "taxRate", "comment");
                        position.put("sumNet", money(netValue)).put("sumGross", money(gross));
                        return position;
                    })
                    .deepCopy());
        }
        voucher.put("sumNet", money(sumNet))
                .put("sumGross", money(sumGross))
                .put("sumTax", money(sumGross.subtract(sumNet)));
        return saved;
    }

    private static String extension(String filename) {
        if (filename == null || filename.lastIndexOf('.') < 0) {
            return ".pdf";
        }
        return filename.substring(filename.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
    }
}
