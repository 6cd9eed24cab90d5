package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Hostile and careless input against the running distribution: every case of the tables in
 * {@code src/test/resources/hostile/} (see {@link HostileCase}) must be answered with its status and the API's JSON
 * error (status, message, the named field, no stack trace, class name, SQL or server version), and must change
 * nothing: the documents, connections, tenants, backfills and store jobs an admin sees are the same after it.
 */
public class HostileInputIT {
    private static final Path TABLES = Path.of("src/test/resources/hostile");
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\tat |java\\.|javax\\.|org\\.eclipse|org\\.apache|org\\.h2|io\\.ledgerbridge\\.|jdbc"
                    + "|\\bsql\\b|<html|jetty|stack ?trace");

    @Test
    public void everyHostileRequestIsRefusedCleanlyAndChangesNothing() throws Exception {
        List<HostileCase> cases = allCases();
        try (KarafProcess karaf = KarafProcess.unpack("hostile")) {
            karaf.start();
            Api admin = karaf.api("admin", "admin");
            Map<String, String> seeded = seed(karaf.api("demo", "demo"));
            List<String> failures = new ArrayList<>();
            Map<String, Integer> perGroup = new TreeMap<>();
            Map<Integer, Integer> perStatus = new TreeMap<>();
            long started = System.nanoTime();
            String before = snapshot(admin);
            for (HostileCase c : cases) {
                perGroup.merge(c.group(), 1, Integer::sum);
                perStatus.merge(c.status(), 1, Integer::sum);
                String problem = problem(c, RawHttp.exchange(karaf.httpPort(), c.request(seeded)));
                String after = snapshot(admin);
                if (problem == null && !after.equals(before)) {
                    problem = "changed what exists: " + before + " -> " + after;
                }
                if (problem != null) {
                    failures.add(c.describe() + ": " + problem);
                    before = after;
                }
            }
            System.out.printf(
                    "hostile input: %d cases in %d ms; per endpoint %s; per status %s%n",
                    cases.size(), (System.nanoTime() - started) / 1_000_000, perGroup, perStatus);
            assertTrue("at least 200 cases, not " + cases.size(), cases.size() >= 200);
            assertEquals(failures.size() + " of " + cases.size() + " cases failed:\n" + String.join("\n", failures),
                    0, failures.size());
        }
    }

    private static List<HostileCase> allCases() throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        try (Stream<Path> tables = Files.list(TABLES)) {
            for (Path table : tables.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                cases.addAll(HostileCase.read(table));
            }
        }
        return cases;
    }

    /** A document of the demo partner, for the cases that address one. */
    private static Map<String, String> seed(Api demo) {
        Api.Response created = demo.post("/documents", Payloads.invoice("hostile-seed", "H-SEED"));
        assertEquals(created.body(), 201, created.status());
        JsonNode doc = created.json();
        return Map.of(
                "doc", doc.get("id").asText(),
                "sha", doc.at("/attachments/0/sha256").asText());
    }

    /** What the case's answer got wrong, or null. */
    private static String problem(HostileCase c, RawHttp.Response r) {
        if (r.status() != c.status()) {
            return "answered " + r.status() + ", not " + c.status() + ": " + r.body();
        }
        String server = r.headers().getOrDefault("server", "");
        if (!server.isEmpty()) {
            return "names the server: " + server;
        }
        if (!r.headers().getOrDefault("content-type", "").startsWith("application/json")) {
            return "is not JSON (" + r.headers().get("content-type") + "): " + r.body();
        }
        if (LEAK.matcher(r.body()).find()) {
            return "shows internals: " + r.body();
        }
        JsonNode error;
        try {
            error = Api.JSON.readTree(r.body()).path("error");
        } catch (IOException e) {
            return "has a body that is no JSON: " + r.body();
        }
        if (error.path("status").asInt() != c.status() || error.path("message").asText().isBlank()) {
            return "is not the API's error (status, message): " + r.body();
        }
        boolean named = c.field().equals("-")
                || Stream.of(error.path("fields")).flatMap(f -> f.findValuesAsText("field").stream())
                        .anyMatch(c.field()::equals);
        return named ? null : "does not name the field " + c.field() + ": " + r.body();
    }

    /** What an admin sees exists: the numbers of documents, connections, tenants, backfills and store jobs. */
    private static String snapshot(Api admin) {
        StringBuilder out = new StringBuilder();
        for (String list : List.of("/documents?limit=500", "/connections", "/tenants", "/backfills", "/store/jobs")) {
            Api.Response r = admin.get(list);
            assertEquals(list + ": " + r.body(), 200, r.status());
            out.append(list.replaceAll("\\?.*", "")).append('=').append(r.json().get("items").size()).append(' ');
        }
        return out.toString().trim();
    }
}
