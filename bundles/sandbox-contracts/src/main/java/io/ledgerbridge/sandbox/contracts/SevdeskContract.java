package io.ledgerbridge.sandbox.contracts;

/**
 * sevdesk's official OpenAPI specification (version 2.0.0, copied with its licence from the sevdesk API's public
 * repository) with the overrides in {@code sevdesk/overrides.json}, each carrying the evidence why the published
 * specification is wrong there.
 */
public final class SevdeskContract {
    private static volatile OpenApiContract official;

    private SevdeskContract() {}

    /** The contract, loaded once (parsing the specification takes a second or two). */
    public static OpenApiContract official() {
        OpenApiContract c = official;
        if (c == null) {
            synchronized (SevdeskContract.class) {
                c = official;
                if (c == null) {
                    c = OpenApiContract.load("sevdesk/openapi-official.yaml", "sevdesk/overrides.json");
                    official = c;
                }
            }
        }
        return c;
    }
}
