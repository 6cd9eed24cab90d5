package io.ledgerbridge.connector.kit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The platform version, from the Maven-filtered {@code kit.properties}, for the User-Agent. */
public final class KitVersion {

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}; "unknown" only if the build lost the resource. */
    public static final String VERSION = load();

    private KitVersion() {}

    private static String load() {
        try (InputStream in = KitVersion.class.getResourceAsStream("kit.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown"; // a User-Agent without version is no reason to fail a connection
        }
    }
}
