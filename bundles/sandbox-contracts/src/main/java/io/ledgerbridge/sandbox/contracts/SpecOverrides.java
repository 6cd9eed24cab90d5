package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The overrides of a published specification: a JSON Patch (RFC 6902) whose every operation also carries a
 * {@code why}. An operation without a reason is refused, so no override is ever made in passing.
 */
final class SpecOverrides {
    private SpecOverrides() {}

    static List<SpecOverride> parse(ArrayNode operations) {
        List<SpecOverride> out = new ArrayList<>();
        for (JsonNode op : operations) {
            String why = op.path("why").asText("");
            if (why.isBlank()) {
                throw new IllegalArgumentException("an override without its reason (\"why\"): " + op);
            }
            out.add(new SpecOverride(op.path("op").asText(), op.path("path").asText(), why));
        }
        return out;
    }

    /** The specification with the patch applied; fails when an operation does not apply (the spec moved on). */
    static JsonNode apply(JsonNode spec, ArrayNode operations) {
        ArrayNode patch = operations.deepCopy();
        patch.forEach(op -> ((ObjectNode) op).remove("why"));
        try {
            return JsonPatch.fromJson(patch).apply(spec);
        } catch (IOException | JsonPatchException e) {
            throw new IllegalStateException("an override does not apply to the specification: " + e.getMessage(), e);
        }
    }
}
