package io.ledgerbridge.sandbox.internal.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.RecordedRequest;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Page;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP face of {@link ControlPanel} under {@code /__sim}: reset, faults, latency, request log, create counts
 * and state snapshots. Simulators add their own routes (credentials, settings) to the returned router.
 */
public final class ControlRoutes {

    private final ControlPanel panel;

    private ControlRoutes(ControlPanel panel) {
        this.panel = panel;
    }

    /** A router with the common control routes. */
    public static Router commonRoutes(ControlPanel panel) {
        ControlRoutes routes = new ControlRoutes(panel);
        return new Router()
                .on("POST", "/__sim/reset", request -> routes.reset())
                .on("POST", "/__sim/faults", routes::addFault)
                .on("POST", "/__sim/fail", routes::addFault)
                .on("GET", "/__sim/faults", request -> routes.listFaults())
                .on("DELETE", "/__sim/faults", request -> routes.clearFaults())
                .on("PUT", "/__sim/latency", routes::setLatency)
                .on("GET", "/__sim/latency", request -> latencyBody(panel.latency()))
                .on("GET", "/__sim/requests", routes::requests)
                .on("DELETE", "/__sim/requests", request -> routes.clearRequests())
                .on(
                        "GET",
                        "/__sim/creates",
                        request -> SimResponse.json(
                                200,
                                Json.MAPPER.valueToTree(panel.createCounter().all())))
                .on(
                        "GET",
                        "/__sim/duplicates",
                        request -> SimResponse.json(200, Json.MAPPER.valueToTree(panel.duplicates())))
                .on(
                        "GET",
                        "/__sim/state",
                        request -> SimResponse.json(200, Json.MAPPER.valueToTree(panel.collections())))
                .on("GET", "/__sim/state/{collection}", request -> routes.state(request.param("collection")))
                .on(
                        "GET",
                        "/__sim/state/{scope}/{collection}",
                        request -> routes.state(request.param("scope") + "/" + request.param("collection")));
    }

    /** The standard body of a successful control call. */
    public static SimResponse ok() {
        return SimResponse.json(200, Json.object().put("ok", true));
    }

    /** The control API's own error format: {@code {"error":"text"}}. */
    public static SimResponse error(ApiException problem) {
        return SimResponse.json(problem.status(), Json.object().put("error", problem.getMessage()));
    }

    private SimResponse reset() {
        panel.reset();
        return ok();
    }

    private SimResponse addFault(SimRequest request) {
        Fault fault = FaultJson.parse(Json.parseObject(request.body()));
        try {
            panel.inject(fault);
        } catch (IllegalStateException full) {
            throw new ApiException(507, full.getMessage());
        }
        return SimResponse.json(201, FaultJson.render(fault));
    }

    private SimResponse listFaults() {
        ArrayNode list = Json.array();
        panel.faults().forEach(fault -> list.add(FaultJson.render(fault)));
        return SimResponse.json(200, list);
    }

    private SimResponse clearFaults() {
        panel.clearFaults();
        return ok();
    }

    private SimResponse setLatency(SimRequest request) {
        Long millis = Json.integer(Json.parseObject(request.body()), "ms");
        if (millis == null || millis < 0) {
            throw ApiException.badRequest("Field 'ms' must be a non-negative integer");
        }
        panel.setLatency(Duration.ofMillis(millis));
        return latencyBody(panel.latency());
    }

    private static SimResponse latencyBody(Duration latency) {
        return SimResponse.json(200, Json.object().put("ms", latency.toMillis()));
    }

    private SimResponse requests(SimRequest request) {
        List<RecordedRequest> entries = panel.requests();
        long limit = Page.param(request, "limit", entries.size());
        List<RecordedRequest> tail = entries.subList((int) Math.max(0, entries.size() - limit), entries.size());
        ArrayNode list = Json.array();
        for (RecordedRequest entry : tail) {
            ObjectNode node = list.addObject();
            node.put("method", entry.method())
                    .put("path", entry.path())
                    .put("query", entry.query())
                    .put("status", entry.status())
                    .put("time", entry.time().toString())
                    .put("durationMillis", entry.durationMillis());
        }
        return SimResponse.json(200, list);
    }

    private SimResponse clearRequests() {
        panel.clearRequests();
        return ok();
    }

    private SimResponse state(String collection) {
        try {
            return SimResponse.json(200, Json.arrayOf(panel.snapshotJson(collection)));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }
}
