package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.sandbox.BillomatSimulator;
import java.time.Clock;

/** Puts invoices into the simulator as a Billomat user would: drafts, completed, cancelled, deleted. */
final class SimSeeder implements AutoCloseable {
    private final HttpJson http = HttpJson.create(HttpSettings.builder("seeder").build());
    private final BillomatSimulator billomat;
    private final BillomatClient client;
    private final ExportMapper mapper = new ExportMapper(http.mapper());
    private String clientId;

    SimSeeder(BillomatSimulator billomat, Clock clock) {
        this.billomat = billomat;
        this.client = new BillomatClient(
                http,
                billomat.baseUrl(),
                "sandbox",
                new BillomatClient.Credentials(BillomatSimulator.SANDBOX_API_KEY, null, null),
                new QuotaGuard(clock),
                0);
    }

    /** A draft of the test invoice (net 110.00, gross 129.70) with this number; returns its id. */
    String draft(String number) {
        try {
            if (clientId == null) {
                clientId = client.createClient(mapper.client(Documents.party("K-SEED", "seed@example.com")));
            }
            return client.createInvoice(mapper.invoice(
                            Documents.invoice("seed", number),
                            clientId,
                            InvoiceNumber.parse(number).orElseThrow()))
                    .id();
        } catch (ConnectorException e) {
            throw new IllegalStateException(e);
        }
    }

    String completed(String number) {
        String id = draft(number);
        complete(id);
        return id;
    }

    void complete(String id) {
        try {
            client.completeInvoice(id);
        } catch (ConnectorException e) {
            throw new IllegalStateException(e);
        }
    }

    void cancel(String id) {
        send(Request.put(billomat.baseUrl() + "/invoices/" + id + "/cancel"));
    }

    void delete(String id) {
        send(Request.delete(billomat.baseUrl() + "/invoices/" + id));
    }

    private void send(Request request) {
        try {
            http.send(request.header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY))
                    .requireSuccess();
        } catch (ConnectorException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
