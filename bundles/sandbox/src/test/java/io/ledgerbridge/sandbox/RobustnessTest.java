package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Oversized bodies, HEAD requests and concurrent writers. */
class RobustnessTest {

    @Test
    void oversizedBodiesGet413InTheServiceFormat() {
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
            byte[] huge = new byte[16 * 1024 * 1024 + 1];
            Http.Reply reply = Http.to(sevdesk.baseUrl())
                    .header("Authorization", SevdeskSimulator.SANDBOX_TOKEN)
                    .sendBytes("POST", "/Contact", huge, "application/json");
            assertEquals(413, reply.status());
            assertTrue(reply.at("/error/message").asText().contains("too large"));
        }
    }

    @Test
    void headAnswersWithoutBodyAndBillomatCountsInAHeader() {
        try (BillomatSimulator billomat = BillomatSimulator.start(0)) {
            Http api = Http.to(billomat.baseUrl())
                    .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                    .header("Accept", "application/json");
            api.post("/clients", "{\"client\":{\"name\":\"A\"}}");
            Http.Reply head = api.send("HEAD", "/clients", null, null);
            assertEquals(200, head.status());
            assertEquals("1", head.header("X-Total-Count"));
            assertEquals("", head.text());
        }
    }

    @Test
    void concurrentCreatesGetUniqueIdsAndAreAllCounted() throws Exception {
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            Callable<List<String>> writer = () -> {
                List<String> ids = new java.util.ArrayList<>();
                Http api = Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
                for (int i = 0; i < 25; i++) {
                    ids.add(SevdeskContactsTest.createOrganisation(
                            api, "Parallel", "P-" + Thread.currentThread().getId() + "-" + i));
                }
                return ids;
            };
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> future : pool.invokeAll(java.util.Collections.nCopies(8, writer))) {
                ids.addAll(future.get());
            }
            pool.shutdown();
            assertEquals(200, ids.size());
            assertEquals(200, sevdesk.control().snapshot("Contact").size());
            assertEquals(
                    200,
                    sevdesk.control()
                            .createCounts(SevdeskSimulator.CUSTOMER_NUMBER)
                            .size());
            assertTrue(sevdesk.control().duplicates().isEmpty());
            assertEquals(200, sevdesk.control().requests().size());
        }
    }
}
