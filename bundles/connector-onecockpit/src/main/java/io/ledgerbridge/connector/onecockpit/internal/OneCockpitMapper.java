package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.onecockpit.internal.dto.CustomerDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.DocumentDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.LineDto;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Party;

/** From the shared document model to OneCockpit's wire format. */
final class OneCockpitMapper {
    private OneCockpitMapper() {}

    static DocumentDto document(Document d) {
        return new DocumentDto(
                d.id(),
                d.type().name(),
                d.number(),
                d.issueDate(),
                d.dueDate(),
                d.currency(),
                d.party() == null ? null : customer(d.party()),
                d.lines().stream().map(OneCockpitMapper::line).toList(),
                d.totals().net(),
                d.totals().tax(),
                d.totals().gross());
    }

    static CustomerDto customer(Party p) {
        return new CustomerDto(
                p.customerNumber(), p.displayName(), p.email(), p.street(), p.zip(), p.city(), p.country(), p.vatId());
    }

    static LineDto line(LineItem l) {
        return new LineDto(l.description(), l.quantity(), l.unit(), l.unitPrice(), l.taxRate());
    }
}
