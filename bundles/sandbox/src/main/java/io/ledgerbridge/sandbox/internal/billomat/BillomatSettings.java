package io.ledgerbridge.sandbox.internal.billomat;

/**
 * Rate-limit settings: fixed windows of {@code windowSeconds} aligned to the epoch (900 s gives the real
 * XX:00/15/30/45 windows), {@code quota} requests per window, {@code appQuota} with X-AppId/X-AppSecret.
 */
public record BillomatSettings(int windowSeconds, int quota, int appQuota) {

    public static final BillomatSettings DEFAULT = new BillomatSettings(900, 300, 1000);

    public BillomatSettings {
        if (windowSeconds < 1 || quota < 1 || appQuota < 1) {
            throw new IllegalArgumentException(
                    "window seconds and quotas must be positive: " + windowSeconds + "/" + quota + "/" + appQuota);
        }
    }
}
