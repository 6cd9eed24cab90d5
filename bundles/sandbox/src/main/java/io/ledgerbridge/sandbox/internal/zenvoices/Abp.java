package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.SimResponse;

/**
 * The ASP.NET Boilerplate response wrapper Zenvoices uses for every answer:
 * {@code {"result","targetUrl","success","error":{code,message,details,validationErrors},
 * "unAuthorizedRequest","__abp"}}.
 */
final class Abp {

    static final String NOT_LOGGED_IN = "Current user did not login to the application!";

    private Abp() {}

    static SimResponse success(JsonNode result) {
        ObjectNode body = Json.object();
        body.set("result", result);
        body.putNull("targetUrl");
        body.put("success", true).putNull("error");
        return SimResponse.json(200, body.put("unAuthorizedRequest", false).put("__abp", true));
    }

    static SimResponse error(ApiException problem) {
        ObjectNode error = Json.object().put("code", 0);
        if (problem.fieldErrors().isEmpty()) {
            String[] parts = problem.getMessage().split("\n", 2);
            error.put("message", parts[0])
                    .put("details", parts.length > 1 ? parts[1] : null)
                    .putNull("validationErrors");
        } else {
            error.put("message", "Your request is not valid!").put("details", details(problem));
            ArrayNode validation = error.putArray("validationErrors");
            problem.fieldErrors().forEach(field -> validation
                    .addObject()
                    .put("message", field.message())
                    .set("members", Json.array().add(field.field())));
        }
        ObjectNode body = Json.object().putNull("result").putNull("targetUrl").put("success", false);
        body.set("error", error);
        boolean unauthorized = problem.status() == 401 || problem.status() == 403;
        return SimResponse.json(
                problem.status(), body.put("unAuthorizedRequest", unauthorized).put("__abp", true));
    }

    /** An ABP UserFriendlyException: HTTP 500 with message and details (how ABP reports failed logins). */
    static ApiException userFriendly(String message, String details) {
        return new ApiException(500, message + "\n" + details);
    }

    /** A validation failure of one input member. */
    static ApiException invalid(String member, String message) {
        return ApiException.invalid(400, member, message);
    }

    private static String details(ApiException problem) {
        StringBuilder details = new StringBuilder("The following errors were detected during validation.\r\n");
        problem.fieldErrors()
                .forEach(field -> details.append(" - ").append(field.message()).append("\r\n"));
        return details.toString();
    }
}
