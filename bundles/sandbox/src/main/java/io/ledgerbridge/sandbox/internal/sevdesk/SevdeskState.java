package io.ledgerbridge.sandbox.internal.sevdesk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Everything one sevdesk simulator holds; replaced by a fresh instance on reset. */
final class SevdeskState {

    final Capacity capacity = new Capacity();
    final Store contacts = new Store(1000, capacity);
    final Store addresses = new Store(2000, capacity);
    final Store communicationWays = new Store(3000, capacity);
    final Store invoices = new Store(10000, capacity);
    final Store invoicePositions = new Store(20000, capacity);
    final Store invoiceLogs = new Store(30000, capacity);
    final Store vouchers = new Store(40000, capacity);
    final Store voucherPositions = new Store(50000, capacity);
    final Store tempFiles = new Store(1, capacity);
    final Map<String, ObjectNode> tempFilesByName = new HashMap<>();
    final Set<String> tokens = new HashSet<>();
    final Set<String> blockedTokens = new HashSet<>();
    String systemVersion;
    boolean planLacksApi;
    long nextInvoiceNumber = 1000;

    SevdeskState(String systemVersion, String initialToken) {
        this.systemVersion = systemVersion;
        this.tokens.add(initialToken);
    }

    boolean isUpdate2() {
        return "2.0".equals(systemVersion);
    }

    /** The stores by the collection names the control API exposes. */
    Map<String, Store> collections() {
        Map<String, Store> result = new LinkedHashMap<>();
        result.put("Contact", contacts);
        result.put("ContactAddress", addresses);
        result.put("CommunicationWay", communicationWays);
        result.put("Invoice", invoices);
        result.put("InvoicePos", invoicePositions);
        result.put("InvoiceLog", invoiceLogs);
        result.put("Voucher", vouchers);
        result.put("VoucherPos", voucherPositions);
        result.put("TempFile", tempFiles);
        return result;
    }
}
