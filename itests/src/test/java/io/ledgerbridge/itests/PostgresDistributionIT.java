package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.Test;

/**
 * The distribution on PostgreSQL, selected by editing etc/org.ops4j.datasource-ledgerbridge.cfg alone. Needs the
 * server named by LEDGERBRIDGE_TEST_PG_URL (started by test.sh); mandatory in CI.
 */
public class PostgresDistributionIT {

    @Test
    public void theDistributionRunsOnPostgresqlByConfigurationAlone() throws Exception {
        String url = System.getenv("LEDGERBRIDGE_TEST_PG_URL");
        if ("true".equals(System.getenv("CI")) && (url == null || url.isBlank())) {
            throw new AssertionError("CI must provide PostgreSQL: set LEDGERBRIDGE_TEST_PG_URL");
        }
        assumeTrue("no PostgreSQL configured", url != null && !url.isBlank());
        String database =
                "lb_dist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()));
        String dbUrl = server + "/" + database;

        try (KarafProcess karaf = KarafProcess.unpack("postgres")) {
            String cfg = "etc/org.ops4j.datasource-ledgerbridge.cfg";
            karaf.setProperty(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            karaf.setProperty(cfg, "url", dbUrl);
            karaf.setProperty(cfg, "user", "app");
            karaf.setProperty(cfg, "password", "app");
            karaf.start();
            Api demo = karaf.api("demo", "demo");
            String id = demo.post("/documents", Payloads.invoice("pg-1", "RE-PG1"))
                    .json()
                    .get("id")
                    .asText();
            karaf.stop();
            karaf.start();
            assertEquals(
                    "RE-PG1", demo.get("/documents/" + id).json().get("number").asText());
        }
        try (Connection c = DriverManager.getConnection(dbUrl + url.substring(url.indexOf('?')));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT doc_number FROM document")) {
            rs.next();
            assertEquals("the document is stored in PostgreSQL", "RE-PG1", rs.getString(1));
        }
    }
}
