package io.ledgerbridge.connector.tck.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files of the reference connector's module as a build would leave them (pom, README, feature, the OCD in
 * {@code target/classes}, a released 0.1.0 jar in {@code releases/}), right or with one mistake ({@link Variant}).
 */
public final class ReferenceModule {
    static final String PID = "io.ledgerbridge.connector.reference";

    /** The module as it should be, or with one mistake. */
    public enum Variant {
        GOOD,
        COMMON_SETTING_AGAIN,
        README_DRIFT,
        SETTING_DROPPED
    }

    private ReferenceModule() {}

    public static Path write(Path dir, Variant variant) {
        try {
            Files.createDirectories(dir.resolve("target/classes/OSGI-INF/metatype"));
            Files.createDirectories(dir.resolve("src/main/feature"));
            Files.writeString(
                    dir.resolve("pom.xml"),
                    "<project><modelVersion>4.0.0</modelVersion><parent><groupId>"
                            + "io.ledgerbridge</groupId></parent><artifactId>reference-connector</artifactId></project>");
            Files.writeString(dir.resolve("README.md"), readme(variant));
            Files.writeString(
                    dir.resolve("src/main/feature/feature.xml"),
                    "<features><feature name=\"reference\">"
                            + "<capability>io.ledgerbridge.connector;id=reference;name=Reference;vendor=Ledgerbridge;"
                            + "capabilities=&quot;EXPORT&quot;</capability></feature></features>");
            String current = "<AD id=\"baseUrl\" type=\"String\" name=\"API address\"/>"
                    + "<AD id=\"account\" type=\"String\" name=\"Account\" default=\"main\"/>"
                    + (variant == Variant.COMMON_SETTING_AGAIN
                            ? "<AD id=\"active\" type=\"Boolean\" name=\"Active\"/>"
                            : "");
            Files.writeString(dir.resolve("target/classes/OSGI-INF/metatype/" + PID + ".xml"), ocd(current));
            String released = "<AD id=\"baseUrl\" type=\"String\" name=\"API address\"/><AD id=\"account\" "
                    + "type=\"String\" name=\"Account\"/><AD id=\"legacyMode\" type=\"Boolean\" name=\"Legacy\"/>"
                    + "<AD id=\"active\" type=\"Boolean\" name=\"Active\"/>"
                    + (variant == Variant.SETTING_DROPPED ? "<AD id=\"region\" type=\"String\" name=\"Region\"/>" : "");
            release(dir.resolve("releases/io/ledgerbridge/reference-connector/0.1.0"), ocd(released));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ocd(String ads) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><metatype:MetaData xmlns:metatype=\"http://www.osgi.org/"
                + "xmlns/metatype/v1.2.0\"><OCD id=\"" + PID + "\" name=\"Reference\">" + ads + "</OCD>"
                + "<Designate factoryPid=\"" + PID + "\"><Object ocdref=\"" + PID + "\"/></Designate>"
                + "</metatype:MetaData>";
    }

    private static String readme(Variant variant) {
        return "# Reference connector\n\n## Configuration\n\n"
                + "| setting | shown as | default | meaning |\n|---|---|---|---|\n"
                + "| `baseUrl` | API address | – (required) | where the service is |\n"
                + "| `account` | Account | " + (variant == Variant.README_DRIFT ? "`other`" : "`main`")
                + " | the account |\n"
                + "| `tenant`, `active`, … | | | the common settings |\n\n## Status\n";
    }

    private static void release(Path folder, String ocd) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream file = Files.newOutputStream(folder.resolve("reference-connector-0.1.0.jar"));
                ZipOutputStream jar = new ZipOutputStream(file)) {
            jar.putNextEntry(new ZipEntry("OSGI-INF/metatype/" + PID + ".xml"));
            jar.write(ocd.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
