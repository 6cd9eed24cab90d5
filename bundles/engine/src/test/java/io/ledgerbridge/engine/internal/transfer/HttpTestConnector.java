package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.DocumentRequirement;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.TestResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector for engine tests: posts documents to a {@link TestEndpoint}, looking up first after uncertain attempts. */
final class HttpTestConnector implements Connector {
    private final String url;
    private final RateBudget budget;
    private final Set<Capability> capabilities;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final List<ExportRequest> requests = new CopyOnWriteArrayList<>();
    volatile String secretSeen;
    /** What the connector requires of a document (data-quality checks); none unless a test sets it. */
    volatile DocumentRequirement[] requirements = {};

    HttpTestConnector(String url, RateBudget budget, Set<Capability> capabilities) {
        this.url = url;
        this.budget = budget;
        this.capabilities = capabilities;
    }

    @Override
    public ConnectorInfo describe() {
        return new ConnectorInfo(
                        "test", "Test target", "Ledgerbridge", "posts to a test endpoint", capabilities, budget)
                .requiring(requirements);
    }

    @Override
    public TestResult test(ConnectionContext context) {
        return TestResult.success("reachable");
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        requests.add(request);
        secretSeen = context.secret("apiKey").orElse(null);
        try {
            if (request.afterUncertainAttempt()) {
                HttpResponse<String> found = http.send(
                        HttpRequest.newBuilder(URI.create(url + "?key=" + request.idempotencyKey()))
                                .timeout(Duration.ofSeconds(3))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() == 200) {
                    return Outcome.delivered(found.body());
                }
            }
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3))
                            .header("Idempotency-Key", request.idempotencyKey())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"number\":\"" + request.document().number() + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return switch (r.statusCode()) {
                case 200, 201 -> Outcome.delivered(r.body());
                case 401 -> Outcome.failed(FailureKind.AUTH, "the API key was rejected");
                case 403 -> Outcome.failed(FailureKind.PERMISSION, "missing right");
                case 422 -> Outcome.failed(FailureKind.VALIDATION, "rejected: " + r.body());
                case 429 ->
                    new Outcome.Failed(
                            FailureKind.RATE_LIMITED,
                            "rate limited",
                            r.headers()
                                    .firstValue("Retry-After")
                                    .map(s -> Duration.ofSeconds(Long.parseLong(s)))
                                    .orElse(null),
                            null);
                default -> Outcome.failed(FailureKind.UNAVAILABLE, "HTTP " + r.statusCode());
            };
        } catch (IOException e) {
            return Outcome.failed(
                    FailureKind.UNAVAILABLE, "no answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(FailureKind.UNAVAILABLE, "interrupted");
        }
    }
}
