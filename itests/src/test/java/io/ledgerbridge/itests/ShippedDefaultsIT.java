package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The shipped distribution keeps its well-known passwords off the network: HTTP, SSH and JMX listen on loopback, and
 * even with HTTP opened to all interfaces a sign-in from another address with a shipped password is refused, while
 * passwords are stored as salted PBKDF2 hashes.
 */
public class ShippedDefaultsIT {
    private static final String REFUSED = "sign-ins from other machines with a well-known password";

    @Test
    public void theShippedConfigurationListensOnLoopbackAndHashesWithPbkdf2() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack("defaults-config")) {
            Path etc = karaf.home().resolve("etc");
            assertEquals("127.0.0.1", read(etc, "org.ops4j.pax.web.cfg").get("org.ops4j.pax.web.listening.addresses"));
            assertEquals("127.0.0.1", read(etc, "org.apache.karaf.shell.cfg").get("sshHost"));
            Properties jmx = read(etc, "org.apache.karaf.management.cfg");
            assertEquals("127.0.0.1", jmx.get("rmiRegistryHost"));
            assertEquals("127.0.0.1", jmx.get("rmiServerHost"));
            assertEquals("pbkdf2", read(etc, "org.apache.karaf.jaas.cfg").get("encryption.name"));
        }
    }

    @Test
    public void wellKnownPasswordsAreRefusedFromAnotherAddressAndStoredAsPbkdf2() throws Exception {
        String address = firstNonLoopbackAddress();
        assumeTrue("this machine has no non-loopback IPv4 address to sign in from", address != null);
        try (KarafProcess karaf = KarafProcess.unpack("defaults-network")) {
            karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "0.0.0.0");
            karaf.setProperty("etc/users.properties", "carol", "Tr0ub4dor-and-3,partner,tenant:demo");
            karaf.start(); // signs in as admin/admin from loopback: this machine may

            for (String user : new String[] {"admin", "demo"}) {
                Api.Response basic = karaf.api(address, user, user).get("/tenants");
                assertEquals(user + " over Basic from " + address, 403, basic.status());
                assertTrue(
                        basic.body(), basic.json().at("/error/message").asText().startsWith(REFUSED));
            }
            Api.Response session =
                    karaf.api(address, null, null).post("/session", "{\"user\":\"demo\",\"password\":\"demo\"}");
            assertEquals(403, session.status());
            assertTrue(
                    session.body(), session.json().at("/error/message").asText().contains("jaas:user-add"));
            assertEquals(
                    "a password of its own works from there",
                    200,
                    karaf.api(address, "carol", "Tr0ub4dor-and-3")
                            .get("/tenants")
                            .status());

            Await.until("every password in users.properties is a PBKDF2 hash", 30, () -> allPbkdf2(karaf.home()));
            Properties users = read(karaf.home().resolve("etc"), "users.properties");
            assertFalse(users.getProperty("carol").contains("Tr0ub4dor"));
        }
    }

    private static boolean allPbkdf2(Path home) {
        try {
            Properties users = read(home.resolve("etc"), "users.properties");
            return Stream.of("admin", "demo", "karaf", "carol")
                    .map(u -> users.getProperty(u).split(",")[0])
                    .allMatch(p -> p.matches("\\{CRYPT}pbkdf2-sha256\\$210000\\$[^$]{22}\\$[^$]{43}\\{CRYPT}"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Properties read(Path etc, String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(etc.resolve(file))) {
            p.load(r);
        }
        return p;
    }

    private static String firstNonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(ShippedDefaultsIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .map(InetAddress::getHostAddress)
                .findFirst()
                .orElse(null);
    }

    private static boolean isUp(NetworkInterface i) {
        try {
            return i.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
