package io.ledgerbridge.sandbox.internal.sevdesk;

import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;

/** What the sevdesk handlers share: the current state (swapped on reset), the clock and the create counter. */
final class SevdeskContext {

    static final String KIND_INVOICE_NUMBER = "invoiceNumber";
    static final String KIND_CUSTOMER_NUMBER = "customerNumber";
    static final String KIND_VOUCHER_DESCRIPTION = "voucherDescription";

    final Clock clock;
    final CreateCounter creates;
    SevdeskState state;

    SevdeskContext(Clock clock, CreateCounter creates, SevdeskState state) {
        this.clock = clock;
        this.creates = creates;
        this.state = state;
    }

    String now() {
        return SevdeskFormat.timestamp(clock.instant());
    }
}
