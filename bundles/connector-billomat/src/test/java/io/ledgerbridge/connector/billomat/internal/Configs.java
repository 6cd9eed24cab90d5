package io.ledgerbridge.connector.billomat.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A {@link BillomatConfig} as DS would give it: the given values, else the annotation's defaults. */
final class Configs {
    private Configs() {
    }

    /** The simulator's account at the given API root ({@code http://127.0.0.1:port}), plus the given values. */
    static BillomatConfig sandbox(String rootUrl, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Billomat test");
        values.put("billomatId", "sandbox");
        values.put("apiKey", "ENC(v1:not-used-the-context-decrypts)");
        values.put("baseUrl", rootUrl + "/{billomatId}/api");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(values);
    }

    static BillomatConfig of(Map<String, Object> values) {
        return (BillomatConfig) Proxy.newProxyInstance(BillomatConfig.class.getClassLoader(),
                new Class<?>[] {BillomatConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return BillomatConfig.class;
                    }
                    Object value = values.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
