package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The overrides of a published specification: a list of corrections, each a reason ({@code why}) and the JSON Patch
 * (RFC 6902) operations that make it ({@code patch}). A correction without its reason is refused, so none is ever
 * made in passing; an operation that no longer applies fails loudly (the specification moved on).
 */
final class SpecOverrides {
    private SpecOverrides() {}

    static List<SpecOverride> parse(ArrayNode corrections) {
        List<SpecOverride> out = new ArrayList<>();
        for (JsonNode correction : corrections) {
            String why = correction.path("why").asText("");
            if (why.isBlank()
                    || !correction.path("patch").isArray()
                    || correction.path("patch").isEmpty()) {
                throw new IllegalArgumentException("an override needs its reason (why) and its patch: " + correction);
            }
            List<String> paths = new ArrayList<>();
            correction.path("patch").forEach(op -> paths.add(op.path("path").asText()));
            out.add(new SpecOverride(why, paths));
        }
        return out;
    }

    /** The specification with every correction's patch applied. */
    static JsonNode apply(JsonNode spec, ArrayNode corrections) {
        ArrayNode patch = corrections.arrayNode();
        corrections.forEach(c -> patch.addAll((ArrayNode) c.path("patch")));
        try {
            return JsonPatch.fromJson(patch).apply(spec);
        } catch (IOException | JsonPatchException e) {
            throw new IllegalStateException("an override does not apply to the specification: " + e.getMessage(), e);
        }
    }
}
