package io.ledgerbridge.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that boot the assembled Ledgerbridge distribution on JDK 17, hermetically (Maven resolution only
 * from the distribution's system/ folder and the build's local repository), with the HTTP port on a free port and a
 * second partner "other" for tenant-scoping tests.
 */
public final class Distribution {
    public static final String HTTP_PORT_PROPERTY = "ledgerbridge.it.http.port";
    /** The seeded tenants: partner {@code demo} with its client {@code demo-hundeschule}, and partner {@code other}. */
    public static final String TENANTS =
            "demo|Demo Steuerberatung; demo-hundeschule|Hundeschule Bello|demo; other|Other Partner";

    private static final String MVN = "etc/org.ops4j.pax.url.mvn.cfg";

    private Distribution() {}

    public static Option[] options() {
        return options(TENANTS);
    }

    /**
     * The options with other seeded tenants, for a class that needs more (the others keep {@link #TENANTS}).
     *
     * @param tenants entries of {@code etc/io.ledgerbridge.tenants.cfg}, e.g. {@code TENANTS + "; id|name|demo"}
     */
    public static Option[] options(String tenants) {
        String kv = System.getProperty("karaf.version");
        String localRepo = System.getProperty("maven.repo.local");
        int port = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(System.getProperty("karaf.dist.url"))
                    .name("ledgerbridge")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            systemTimeout(90_000),
            CoreOptions.vmOptions(
                    "--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module",
                    "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + kv + ".jar",
                    "--patch-module",
                    "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + kv + ".jar",
                    "--add-opens",
                    "java.base/java.security=ALL-UNNAMED",
                    "--add-opens",
                    "java.base/java.net=ALL-UNNAMED",
                    "--add-opens",
                    "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens",
                    "java.base/java.util=ALL-UNNAMED",
                    "--add-opens",
                    "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens",
                    "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "-classpath",
                    "lib/jdk9plus/*:lib/boot/*"),
            editConfigurationFilePut(MVN, "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut(MVN, "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut(
                    MVN,
                    "org.ops4j.pax.url.mvn.defaultRepositories",
                    "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,file:" + localRepo
                            + "@id=build.local.repo@snapshots"),
            editConfigurationFilePut(MVN, "org.ops4j.pax.url.mvn.useFallbackRepositories", "false"),
            // the distribution's boot features as a stage of their own: Pax Exam appends its features after them, so
            // they start in a second stage once ours are deployed; in one stage, the probe could be installed while
            // Karaf's deployer still resolved bundles ("Resolver hook prevented resolution")
            editConfigurationFilePut(
                    "etc/org.apache.karaf.features.cfg",
                    "featuresBoot",
                    "(standard, framework, scr, ledgerbridge-core, ledgerbridge-rest, ledgerbridge-ui)"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(port)),
            editConfigurationFilePut("etc/users.properties", "other", "other,partner,tenant:other"),
            editConfigurationFilePut("etc/users.properties", "stranger", "stranger,viewer"),
            editConfigurationFilePut("etc/io.ledgerbridge.tenants.cfg", "tenants", tenants),
            systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(port)),
        };
    }

    /** A client of the API of the distribution under test, signed in as a user whose password is its name. */
    public static Api api(String user) {
        return new Api(Integer.getInteger(HTTP_PORT_PROPERTY), user, user);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
