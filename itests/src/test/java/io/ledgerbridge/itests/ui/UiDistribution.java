package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;

import io.ledgerbridge.itests.Api;
import io.ledgerbridge.itests.KarafProcess;
import io.ledgerbridge.itests.Payloads;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The distribution as a process, prepared for the browser tests: the sandbox's sevdesk simulator on a free port
 * (the other simulators off) as a boot feature, no connector installed, and a second partner "other" with its own
 * user. {@link #startWithZenvoices} adds the Zenvoices simulator, the Zenvoices connector as a boot feature (as if
 * the platform admin had installed it from the store) and a single company "bohne"; {@link #startWithOneCockpit}
 * does the same with the OneCockpit simulator and connector. Everything else is the distribution as shipped.
 */
final class UiDistribution implements AutoCloseable {
    static final String SANDBOX_TOKEN = "0123456789abcdef0123456789abcdef";
    static final String ZENVOICES_FEATURE = "ledgerbridge-connector-zenvoices";
    static final String ONECOCKPIT_FEATURE = "ledgerbridge-connector-onecockpit";
    /** A single company (a partner without clients), user and password alike. */
    static final String COMPANY = "bohne";

    static final String COMPANY_NAME = "Kaffeer\u00f6sterei Bohne";

    final KarafProcess karaf;
    final int httpPort;
    final int sevdeskPort = freePort();
    /** The Zenvoices simulator's port, -1 when it is off. */
    final int zenvoicesPort;
    /** The OneCockpit simulator's port, -1 when it is off. */
    final int oneCockpitPort;

    /** The target besides sevdesk whose simulator is on and whose connector is a boot feature. */
    private enum Target {
        NONE,
        ZENVOICES,
        ONECOCKPIT
    }

    private UiDistribution(KarafProcess karaf, Target target) throws IOException {
        this.karaf = karaf;
        this.zenvoicesPort = target == Target.ZENVOICES ? freePort() : -1;
        this.oneCockpitPort = target == Target.ONECOCKPIT ? freePort() : -1;
        this.httpPort = Integer.parseInt(
                load(karaf.home().resolve("etc/org.ops4j.pax.web.cfg")).getProperty("org.osgi.service.http.port"));
    }

    static UiDistribution start(String name) throws IOException, InterruptedException {
        return start(name, Target.NONE);
    }

    /** The distribution with the Zenvoices simulator on, the Zenvoices connector installed and a company "bohne". */
    static UiDistribution startWithZenvoices(String name) throws IOException, InterruptedException {
        return start(name, Target.ZENVOICES);
    }

    /** The distribution with the OneCockpit simulator on, the OneCockpit connector installed and a company "bohne". */
    static UiDistribution startWithOneCockpit(String name) throws IOException, InterruptedException {
        return start(name, Target.ONECOCKPIT);
    }

    private static UiDistribution start(String name, Target target) throws IOException, InterruptedException {
        UiDistribution d = new UiDistribution(KarafProcess.unpack(name), target);
        d.configure();
        d.karaf.start();
        return d;
    }

    private void configure() throws IOException {
        String sandbox = "etc/io.ledgerbridge.sandbox.cfg";
        karaf.setProperty(sandbox, "host", "127.0.0.1");
        karaf.setProperty(sandbox, "sevdesk.port", Integer.toString(sevdeskPort));
        karaf.setProperty(sandbox, "zenvoices.port", Integer.toString(zenvoicesPort));
        karaf.setProperty(sandbox, "onecockpit.port", Integer.toString(oneCockpitPort));
        karaf.setProperty(sandbox, "billomat.port", "-1");
        Path features = karaf.home().resolve("etc/org.apache.karaf.features.cfg");
        bootFeature(features, "ledgerbridge-sandbox");
        if (zenvoicesPort > 0) {
            bootFeature(features, ZENVOICES_FEATURE);
        }
        if (oneCockpitPort > 0) {
            bootFeature(features, ONECOCKPIT_FEATURE);
        }
        karaf.setProperty("etc/users.properties", "other", "other,partner,tenant:other");
        karaf.setProperty("etc/users.properties", COMPANY, COMPANY + ",partner,tenant:" + COMPANY);
        String tenants =
                load(karaf.home().resolve("etc/io.ledgerbridge.tenants.cfg")).getProperty("tenants");
        karaf.setProperty(
                "etc/io.ledgerbridge.tenants.cfg",
                "tenants",
                escape(tenants + "; other|Other Partner; " + COMPANY + "|" + COMPANY_NAME));
    }

    /** Non-ASCII characters as the \\uXXXX escapes of a properties file (as the shipped file writes them). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 128 ? Character.toString(c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    /** Adds a feature to featuresBoot, as run.sh does for the sandbox in a local run. */
    static void bootFeature(Path featuresCfg, String feature) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(featuresCfg, StandardCharsets.UTF_8));
        boolean inBoot = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\s*featuresBoot\\s*[=:].*")) {
                inBoot = true;
            }
            if (inBoot && !line.stripTrailing().endsWith("\\")) {
                lines.set(i, line.stripTrailing() + ", \\");
                lines.add(i + 1, "    " + feature);
                Files.write(featuresCfg, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("no featuresBoot in " + featuresCfg);
    }

    String ui() {
        return "http://127.0.0.1:" + httpPort + "/ui/";
    }

    String simulatorApi() {
        return "http://127.0.0.1:" + sevdeskPort + "/api/v1";
    }

    /** The address to enter as the Zenvoices connection's advanced "Zenvoices address". */
    String zenvoicesAddress() {
        return "http://127.0.0.1:" + zenvoicesPort;
    }

    /** The address to enter as the OneCockpit connection's advanced "OneCockpit address". */
    String oneCockpitAddress() {
        return "http://127.0.0.1:" + oneCockpitPort;
    }

    /** What the OneCockpit simulator holds of a collection ("invoices", "customers"), as JSON text. */
    String oneCockpitState(String collection) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(oneCockpitAddress() + "/__sim/state/" + collection))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    /** Adds a company to the Zenvoices simulator's organisation SANDBOX (its control API). */
    void addZenvoicesCompany(String code, String name) throws IOException, InterruptedException {
        String body = "{\"tenancyName\":\"SANDBOX\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(zenvoicesAddress() + "/__sim/administrations"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 201, r.statusCode());
    }

    Api api(String user, String password) {
        return karaf.api(user, password);
    }

    /** Submits an invoice through REST (tenantId null: the user's own tenant), finalizes it and returns its id. */
    static String finalizedInvoice(Api api, String sourceId, String number, String tenantId) {
        Api.Response created = api.post("/documents", Payloads.invoice(sourceId, number, tenantId));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals(200, api.post("/documents/" + id + "/finalize", null).status());
        return id;
    }

    Path log() {
        return karaf.home().resolve("data/log/karaf.log");
    }

    @Override
    public void close() throws InterruptedException {
        karaf.stop();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
