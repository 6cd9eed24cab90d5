package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.tck.FakeContext;
import java.util.HashMap;
import java.util.Map;

/** A {@link BillomatConfig} as DS would give it (the TCK's converter), and contexts with the sandbox's key. */
final class Configs {
    private Configs() {}

    /** The simulator's account at the given API root ({@code http://127.0.0.1:port}), plus the given values. */
    static BillomatConfig sandbox(String rootUrl, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("billomatId", "sandbox");
        values.put("apiKey", "ENC(v1:not-used-the-context-decrypts)");
        values.put("baseUrl", rootUrl + "/{billomatId}/api");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(values);
    }

    static BillomatConfig of(Map<String, Object> values) {
        return io.ledgerbridge.connector.tck.Configs.of(BillomatConfig.class, values);
    }

    /** A connector for the configuration, as DS activates it (with no other properties). */
    static BillomatConnector connector(BillomatConfig config) {
        return new BillomatConnector(config, Map.of());
    }

    /** A connection context with this API key (null: none), an empty memory and no files. */
    static FakeContext context(String apiKey) {
        return new FakeContext("io.ledgerbridge.connector.billomat~test").secret("apiKey", apiKey);
    }
}
