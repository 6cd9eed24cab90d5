package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The distribution keeps every accepted document and its state across a restart, and across a killed process. */
public class RestartIT {

    @Test
    public void documentsSurviveARestartAndAKill() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack("restart")) {
            karaf.start();
            Api demo = karaf.api("demo", "demo");
            String id = demo.post("/documents", Payloads.invoice("restart-1", "RE-R1"))
                    .json()
                    .get("id")
                    .asText();
            assertEquals(200, demo.post("/documents/" + id + "/finalize", null).status());

            karaf.stop();
            karaf.start();
            Api.Response afterRestart = demo.get("/documents/" + id);
            assertEquals(200, afterRestart.status());
            assertEquals("FINALIZED", afterRestart.json().at("/state/status").asText());

            String second = demo.post("/documents", Payloads.invoice("restart-2", "RE-R2"))
                    .json()
                    .get("id")
                    .asText();
            karaf.kill(); // no shutdown at all: the commit must already be on disk
            karaf.start();
            assertEquals(200, demo.get("/documents/" + second).status());
            assertEquals(2, demo.get("/documents").json().get("items").size());
            String example = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples/invoice.json"));
            assertEquals(
                    "the README's example is accepted",
                    201,
                    demo.post("/documents", example).status());
            assertTrue(karaf.home().resolve("data/ledgerbridge").toFile().isDirectory());
        }
    }
}
