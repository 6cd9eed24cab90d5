package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The sandbox's Zenvoices simulator in the container, seen from a test: started alone on a free port, with its
 * organisation {@code SANDBOX} (companies {@code ACME} and {@code BETA}), and read through its control API.
 */
final class ZenvoicesSandbox {
    /** The seeded organisation, user and password (ZenvoicesSimulator.SANDBOX_TENANCY, SANDBOX_USER, ...). */
    static final String ORGANIZATION = "SANDBOX";

    static final String USER = "api@sandbox.test";
    static final String PASSWORD = "sandbox";

    private final SandboxSimulator simulator;

    private ZenvoicesSandbox(SandboxSimulator simulator) {
        this.simulator = simulator;
    }

    /** Configures the sandbox with only the Zenvoices simulator on a free port, installs it and waits for it. */
    static ZenvoicesSandbox start(ConfigurationAdmin configAdmin, FeaturesService features) throws Exception {
        return new ZenvoicesSandbox(SandboxSimulator.startAlone("zenvoices", configAdmin, features));
    }

    /** The address a connection's advanced {@code baseUrl} points to. */
    String baseUrl() {
        return simulator.root();
    }

    /** Adds a company (administration) to the sandbox organisation. */
    void addCompany(String code, String name) {
        String body = "{\"tenancyName\":\"" + ORGANIZATION + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
        HttpResponse<String> created = simulator.send("POST", "/__sim/administrations", body);
        assertEquals(created.body(), 201, created.statusCode());
    }

    /**
     * Every inbox item of the organisation, as {@code "<externalId> <fileName>"} per company code, sorted; a document
     * uploaded twice shows twice.
     */
    Map<String, List<String>> inboxByCompany() {
        Map<Long, String> codes = new HashMap<>();
        for (JsonNode company : state("administrations")) {
            codes.put(company.get("id").asLong(), company.get("code").asText());
        }
        Map<String, List<String>> inbox = new TreeMap<>();
        for (JsonNode item : state("inbox")) {
            String company = codes.get(item.get("administrationId").asLong());
            inbox.computeIfAbsent(company, c -> new ArrayList<>())
                    .add(item.get("externalId").asText() + " "
                            + item.get("fileName").asText());
        }
        inbox.values().forEach(Collections::sort);
        return inbox;
    }

    /**
     * The inbox uploads Zenvoices answered, from the request log: the simulator returns the existing item for a
     * repeated externalId, so only this count shows a document sent twice.
     */
    long uploads() {
        long count = 0;
        for (JsonNode request : simulator.json("/__sim/requests")) {
            boolean upload = "POST".equals(request.path("method").asText())
                    && "/public-api/v1/inbox".equals(request.path("path").asText());
            count += upload && request.path("status").asInt() == 200 ? 1 : 0;
        }
        return count;
    }

    /** Documents (externalIds) created more than once, in any company: {@code {}} when none. */
    String duplicates() {
        HttpResponse<String> response = simulator.send("GET", "/__sim/duplicates", null);
        assertEquals(response.body(), 200, response.statusCode());
        return response.body().replaceAll("\\s", "");
    }

    private JsonNode state(String collection) {
        return simulator.json("/__sim/state/" + ORGANIZATION + "/" + collection);
    }
}
