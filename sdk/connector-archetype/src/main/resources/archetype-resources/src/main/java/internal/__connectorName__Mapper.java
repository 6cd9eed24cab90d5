package ${package}.internal;

import ${package}.internal.dto.CustomerDto;
import ${package}.internal.dto.DocumentDto;
import ${package}.internal.dto.LineDto;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Party;

/** From the shared document model to ${connectorName}'s wire format. */
final class ${connectorName}Mapper {
    private ${connectorName}Mapper() {}

    static DocumentDto document(Document d) {
        return new DocumentDto(
                d.id(),
                d.type().name(),
                d.number(),
                d.issueDate(),
                d.dueDate(),
                d.currency(),
                d.party() == null ? null : customer(d.party()),
                d.lines().stream().map(${connectorName}Mapper::line).toList(),
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
