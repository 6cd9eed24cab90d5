package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hostile input against every endpoint of the distribution (issue 14): each row of {@code hostile/cases.tsv} is
 * sent over a raw socket, and its answer must have the expected status, be the API's JSON error (status, message,
 * the field named) without a stack trace, a class name, SQL or the server's version, and change nothing (the
 * documents, tenants, connections, backfills and store jobs an admin sees are the same before and after).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT {
    private static final String CASES = "ledgerbridge.it.hostile.cases";
    private static final String SUMMARY = "ledgerbridge.it.hostile.summary";
    /** What an error must never show: stack frames, class or package names, SQL, the server's make. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(exception|\\tat |\\.java\\b|java\\.|javax\\.|org\\.eclipse|com\\.fasterxml|jetty|<pre|caused by"
                    // connection ids are io.ledgerbridge.connector.<connector>~<tenant>-<n>: no class names
                    + "|io\\.ledgerbridge\\.(?!connector\\.[a-z0-9-]+~)|\\bsql\\b|\\bselect\\s|\\binsert\\s)");

    @Inject
    FeaturesService features;

    private int port;
    private Api admin;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(
                Distribution.options(),
                systemProperty(CASES).value(new File("src/test/resources/hostile/cases.tsv").getAbsolutePath()),
                systemProperty(SUMMARY).value(new File("target/hostile-summary.txt").getAbsolutePath()));
    }

    @Test
    public void everyHostileRequestIsRefusedClearlyAndChangesNothing() throws Exception {
        port = Integer.getInteger(Distribution.HTTP_PORT_PROPERTY);
        admin = new Api(port, "admin", "admin");
        Map<String, String> fixtures = fixtures();
        List<HostileCase> cases = cases();
        String before = snapshot(fixtures);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perEndpoint = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        long started = System.nanoTime();
        for (HostileCase c : cases) {
            RawHttp.Answer answer = RawHttp.send(port, c.request(port, fixtures));
            List<String> problems = problems(c, answer);
            String after = c.changes() ? snapshot(fixtures) : before;
            if (!after.equals(before)) {
                problems.add("it changed what an admin sees");
                before = after; // so that the next case is judged on its own
            }
            if (!problems.isEmpty()) {
                failures.add("row " + c.row() + " " + c.method() + " " + c.target() + ": " + problems + " — answered "
                        + answer.status() + " " + abbreviated(answer.body()));
            }
            perEndpoint.merge(c.endpoint(), 1, Integer::sum);
            perStatus.merge(c.status(), 1, Integer::sum);
        }
        String summary = cases.size() + " hostile cases in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                + "\nper endpoint: " + perEndpoint + "\nper status: " + perStatus + "\nfailures: " + failures.size()
                + failures.stream().map(f -> "\n  " + f).collect(Collectors.joining());
        Files.writeString(Path.of(System.getProperty(SUMMARY)), summary + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);
        assertTrue("at least 200 cases: " + cases.size(), cases.size() >= 200);
        assertTrue(summary, failures.isEmpty());
    }

    /** Why the answer is wrong for the case; empty when it is right. */
    private static List<String> problems(HostileCase c, RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() != c.status()) {
            problems.add("status " + answer.status() + ", expected " + c.status());
        }
        if (LEAK.matcher(answer.body()).find()) {
            problems.add("the answer shows internals");
        }
        String server = answer.header("server");
        if (server != null && server.toLowerCase().contains("jetty") || answer.header("x-powered-by") != null) {
            problems.add("the answer names the server: " + server);
        }
        if (answer.status() >= 400 && c.api()) {
            problems.addAll(errorShape(c, answer));
        }
        return problems;
    }

    private static List<String> errorShape(HostileCase c, RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return List.of("content type " + type + ", not application/json");
        }
        JsonNode error;
        try {
            error = Api.JSON.readTree(answer.body()).path("error");
        } catch (IOException e) {
            return List.of("the body is no JSON");
        }
        if (error.path("status").asInt() != answer.status()) {
            problems.add("error.status " + error.path("status") + " is not the status");
        }
        if (error.path("message").asText().isBlank()) {
            problems.add("no error.message");
        }
        boolean named = StreamSupport.stream(error.path("fields").spliterator(), false)
                .anyMatch(f -> f.path("field").asText().equals(c.field())
                        && !f.path("message").asText().isBlank());
        if (c.field() != null && !named) {
            problems.add("error.fields does not name " + c.field());
        }
        if (answer.status() == 405 && answer.header("allow") == null) {
            problems.add("405 without Allow");
        }
        return problems;
    }

    /** What an admin sees that a refused request must not change. */
    private String snapshot(Map<String, String> fixtures) {
        return admin.get("/documents?limit=500").body()
                + admin.get("/tenants").body()
                + ids(admin.get("/connections").json())
                + admin.get("/connections/" + fixtures.get("conn") + "/settings")
                        .body()
                + admin.get("/backfills").body()
                + admin.get("/store/jobs").body();
    }

    private static String ids(JsonNode list) {
        return StreamSupport.stream(list.path("items").spliterator(), false)
                .map(i -> i.path("id").asText())
                .sorted()
                .collect(Collectors.joining(","));
    }

    /** A draft document with a PDF and an inactive webhook connection of the partner demo. */
    private Map<String, String> fixtures() throws Exception {
        Api demo = new Api(port, "demo", "demo");
        Await.until("the REST API answers", 60, () -> demo.get("/documents").status() == 200);
        features.installFeature("ledgerbridge-connector-webhook");
        Await.until(
                "webhook connector ready",
                60,
                () -> demo.get("/store/connectors/webhook/form").status() == 200);
        Api.Response doc = demo.post("/documents", Payloads.invoice("hostile-fixture", "H-FIXTURE"));
        assertEquals(doc.body(), 201, doc.status());
        Api.Response conn = demo.post(
                "/connections",
                "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"Hostile\",\"active\":false,"
                        + "\"url\":\"http://127.0.0.1:" + Distribution.freePort() + "/hook\"}}");
        assertEquals(conn.body(), 201, conn.status());
        return Map.of(
                "doc", doc.json().get("id").asText(),
                "sha", doc.json().at("/attachments/0/sha256").asText(),
                "conn", conn.json().get("id").asText());
    }

    private static List<HostileCase> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty(CASES)), StandardCharsets.UTF_8);
        List<HostileCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                cases.add(HostileCase.parse(i + 1, lines.get(i)));
            }
        }
        return cases;
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
