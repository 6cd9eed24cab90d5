package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Page;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import java.util.List;

/** ABP's paged input ({@code maxResultCount} 1-250, default 50; {@code skipCount} >= 0) and paged result. */
record PagedInput(ObjectNode body, int maxResultCount, int skipCount) {

    static PagedInput read(SimRequest request) {
        ObjectNode body = Json.parseObjectOrEmpty(request.body());
        Long max = Json.integer(body, "maxResultCount");
        Long skip = Json.integer(body, "skipCount");
        if (max != null && (max < 1 || max > 250)) {
            throw Abp.invalid("maxResultCount", "The field MaxResultCount must be between 1 and 250.");
        }
        if (skip != null && skip < 0) {
            throw Abp.invalid("skipCount", "The field SkipCount must be between 0 and 2147483647.");
        }
        return new PagedInput(body, max == null ? 50 : max.intValue(), skip == null ? 0 : skip.intValue());
    }

    /** {@code {totalCount, items}} for this page of the matching rows. */
    ObjectNode result(List<? extends JsonNode> all) {
        ObjectNode result = Json.object().put("totalCount", all.size());
        result.set("items", Json.arrayOf(Page.slice(all, skipCount, maxResultCount)));
        return result;
    }
}
