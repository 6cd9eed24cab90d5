package io.ledgerbridge.engine.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ClientAddition;
import io.ledgerbridge.model.service.ClientRequest;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientBatchTest {
    private static final List<Tenant> CLIENTS = List.of(
            new Tenant("bello", "Hundeschule Bello", "demo"),
            new Tenant("korn", "Bäckerei Korn", "demo"),
            new Tenant("mohn", "Café Mohn", "demo"));

    /** Steps that accept company codes of the target's list and record what was checked and created. */
    private static final class FakeSteps implements ClientBatch.Steps {
        final Set<String> companies = Set.of("ACME", "BETA", "GAMMA");
        final List<Map<String, Object>> checked = new ArrayList<>();
        final List<Map<String, Object>> created = new ArrayList<>();
        int checkCalls;
        RuntimeException checkFails;

        @Override
        public Map<String, Object> clientSettings(Map<String, Object> own) {
            Object code = own.get("companyCode");
            if (code == null || code.toString().isBlank()) {
                throw new ValidationException(List.of(new FieldError("companyCode", "is required")));
            }
            Map<String, Object> all = new HashMap<>(Map.of("userName", "firm", "password", "secret"));
            all.putAll(own);
            return all;
        }

        @Override
        public List<TestResult> check(List<Map<String, Object>> settings) {
            checkCalls++;
            if (checkFails != null) {
                throw checkFails;
            }
            checked.addAll(settings);
            return settings.stream()
                    .map(s -> companies.contains(s.get("companyCode"))
                            ? TestResult.success("company " + s.get("companyCode") + " found")
                            : TestResult.failure(
                                    FailureKind.CONFIGURATION, "no company '" + s.get("companyCode") + "'"))
                    .toList();
        }

        @Override
        public String create(Map<String, Object> own) {
            created.add(own);
            return "conn-" + own.get("tenant");
        }
    }

    private final FakeSteps steps = new FakeSteps();

    private List<ClientAddition> run(boolean dryRun, Set<String> integrated, ClientRequest... rows) {
        return new ClientBatch("zen-demo", "Zenvoices", CLIENTS, integrated, Set.of("password"), steps)
                .run(List.of(rows), dryRun);
    }

    private static ClientRequest row(int line, String client, String code) {
        return new ClientRequest(line, client, code == null ? Map.of() : Map.of("companyCode", code));
    }

    @Test
    void addsEveryClientThatPassesAndNothingForTheOthers() {
        List<ClientAddition> out = run(
                false,
                Set.of(),
                row(2, "bello", "ACME"),
                row(3, "Bäckerei Korn", "NOPE"),
                row(4, "café mohn", "BETA"),
                row(5, "Nobody", "GAMMA"));

        assertEquals(
                List.of(true, false, true, false),
                out.stream().map(ClientAddition::ok).toList());
        assertEquals(List.of(2, 3, 4, 5), out.stream().map(ClientAddition::line).toList());
        assertEquals("conn-bello", out.get(0).connectionId());
        assertEquals(
                "Added for Hundeschule Bello: company ACME found", out.get(0).message());
        assertEquals("Not added: no company 'NOPE'", out.get(1).message());
        assertEquals("korn", out.get(1).clientId());
        assertNull(out.get(1).connectionId());
        assertEquals("mohn", out.get(2).clientId(), "a client is found by its name, in any case");
        assertNull(out.get(3).clientId());
        assertEquals("client", out.get(3).errors().get(0).field());
        assertTrue(
                out.get(3).message().contains("'Nobody' is none of your clients"),
                out.get(3).message());
        assertEquals(
                List.of("bello", "mohn"),
                steps.created.stream().map(c -> c.get("tenant")).toList());
    }

    @Test
    void theConnectorChecksTheWholeBatchInOneCallWithoutSecrets() {
        run(true, Set.of(), row(2, "bello", "ACME"), row(3, "korn", "BETA"), row(4, "mohn", "GAMMA"));

        assertEquals(1, steps.checkCalls);
        assertEquals(3, steps.checked.size());
        assertTrue(steps.checked.stream().noneMatch(s -> s.containsKey("password")), steps.checked.toString());
        assertEquals("firm", steps.checked.get(0).get("userName"));
    }

    @Test
    void aClientConnectionGetsThePartnersNameAndIsActiveUnlessTheRowSaysOtherwise() {
        run(
                false,
                Set.of(),
                row(2, "bello", "ACME"),
                new ClientRequest(3, "korn", Map.of("companyCode", "BETA", "name", "Zenvoices Korn", "active", false)));

        Map<String, Object> first = steps.created.get(0);
        assertEquals("Zenvoices", first.get("name"));
        assertEquals(true, first.get("active"));
        assertEquals("zen-demo", first.get("partnerConnection"));
        assertEquals("Zenvoices Korn", steps.created.get(1).get("name"));
        assertEquals(false, steps.created.get(1).get("active"));
    }

    @Test
    void aRowCannotChooseAnotherTenantOrPartnerConnection() {
        run(
                false,
                Set.of(),
                new ClientRequest(
                        2, "bello", Map.of("companyCode", "ACME", "tenant", "other", "partnerConnection", "x")));

        assertEquals("bello", steps.created.get(0).get("tenant"));
        assertEquals("zen-demo", steps.created.get(0).get("partnerConnection"));
    }

    @Test
    void aDryRunChecksEverythingAndCreatesNothing() {
        List<ClientAddition> out = run(true, Set.of(), row(2, "bello", "ACME"), row(3, "korn", "NOPE"));

        assertTrue(out.get(0).ok());
        assertEquals(
                "Ready to add for Hundeschule Bello: company ACME found",
                out.get(0).message());
        assertFalse(out.get(1).ok());
        assertTrue(steps.created.isEmpty());
    }

    @Test
    void duplicatesExistingIntegrationsAndInvalidSettingsAreNamedAndNeverChecked() {
        List<ClientAddition> out = run(
                false,
                Set.of("mohn"),
                row(2, "bello", "ACME"),
                row(3, "Hundeschule Bello", "BETA"),
                row(4, "mohn", "GAMMA"),
                row(5, "korn", null),
                row(6, " ", "ACME"));

        assertEquals(
                List.of(true, false, false, false, false),
                out.stream().map(ClientAddition::ok).toList());
        assertTrue(
                out.get(1).message().contains("listed twice (first on line 2)"),
                out.get(1).message());
        assertTrue(
                out.get(2).message().contains("has this integration already"),
                out.get(2).message());
        assertEquals("Not added: companyCode is required", out.get(3).message());
        assertEquals(
                List.of(new FieldError("companyCode", "is required")),
                out.get(3).errors());
        assertTrue(out.get(4).message().contains("names no client"), out.get(4).message());
        assertEquals(1, steps.checked.size(), "only the valid row reaches the connector");
    }

    @Test
    void whenTheConnectorCannotCheckNothingIsAdded() {
        steps.checkFails = new IllegalStateException("boom");

        List<ClientAddition> out = run(false, Set.of(), row(2, "bello", "ACME"), row(3, "korn", "BETA"));

        assertTrue(out.stream().noneMatch(ClientAddition::ok));
        assertEquals(
                "Not added: the connector could not check this client: try again later",
                out.get(0).message());
        assertTrue(steps.created.isEmpty());
    }
}
