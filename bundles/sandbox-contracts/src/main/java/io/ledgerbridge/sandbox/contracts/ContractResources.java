package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The contract files beside these classes on the class path. */
final class ContractResources {
    private ContractResources() {}

    /** The resource, e.g. {@code sevdesk/overrides.json}, read as a tree by the mapper (JSON or YAML). */
    static JsonNode tree(String resource, ObjectMapper mapper) {
        try (InputStream in = ContractResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
