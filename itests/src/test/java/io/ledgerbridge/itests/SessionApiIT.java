package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The browser session of the web UI in the distribution: sign-in through JAAS, the cookie's attributes, CSRF rules
 * (a changing call without this session's token changes nothing), no Basic-auth dialog for the UI, sign-out, and
 * the lock after repeated failed sign-ins.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SessionApiIT {
    private int port;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void waitForApi() throws InterruptedException {
        port = Integer.getInteger(Distribution.HTTP_PORT_PROPERTY);
        Api demo = Distribution.api("demo");
        Await.until("REST API up", 60, () -> demo.get("/documents").status() == 200);
    }

    @Test
    public void signInSetsAStrictHttpOnlyCookieAndAnswersTheCsrfToken() {
        BrowserSession browser = new BrowserSession(port);
        BrowserSession.Answer wrong = browser.signIn("demo", "not-the-password");
        assertEquals(401, wrong.status());
        assertNull("no cookie for a failed sign-in", wrong.header("Set-Cookie"));

        BrowserSession.Answer missing = browser.send("POST", "/session", "{\"user\":\"demo\"}", Map.of());
        assertEquals(422, missing.status());
        assertEquals(
                "password",
                missing.response().json().at("/error/fields/0/field").asText());

        BrowserSession.Answer ok = browser.signIn("demo", "demo");
        assertEquals(ok.body(), 200, ok.status());
        String setCookie = ok.header("Set-Cookie");
        assertTrue(setCookie, setCookie.startsWith("LB_SESSION="));
        assertTrue(setCookie, setCookie.contains("HttpOnly"));
        assertTrue(setCookie, setCookie.contains("SameSite=Strict"));
        assertTrue(setCookie, setCookie.contains("Path=/api"));
        JsonNode session = ok.response().json();
        assertEquals("demo", session.get("tenantId").asText());
        assertFalse(session.get("admin").asBoolean());
        assertTrue(session.get("csrfToken").asText().length() >= 32);
        assertFalse("the password is not echoed", ok.body().contains("\"demo\",\"password\""));

        assertEquals(200, browser.call("GET", "/session", null).status());
        assertEquals(200, browser.call("GET", "/documents", null).status());

        BrowserSession again = new BrowserSession(port);
        again.signIn("demo", "demo");
        assertNotEquals("every sign-in gets its own session", browser.cookie, again.cookie);
        assertNotEquals(browser.csrfToken, again.csrfToken);
    }

    @Test
    public void aChangingCallNeedsThisSessionsCsrfTokenAndChangesNothingWithoutIt() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("demo", "demo");
        BrowserSession other = new BrowserSession(port);
        other.signIn("demo", "demo");
        String invoice = Payloads.invoice("csrf-1", "RE-CSRF-1");

        BrowserSession.Answer noToken = browser.send("POST", "/documents", invoice, Map.of());
        assertEquals(noToken.body(), 403, noToken.status());
        assertTrue(noToken.body(), noToken.body().contains("X-CSRF-Token"));
        BrowserSession.Answer foreignToken =
                browser.send("POST", "/documents", invoice, Map.of("X-CSRF-Token", other.csrfToken));
        assertEquals(403, foreignToken.status());
        BrowserSession.Answer crossSite = browser.send(
                "POST",
                "/documents",
                invoice,
                Map.of("X-CSRF-Token", browser.csrfToken, "Origin", "https://evil.example"));
        assertEquals(403, crossSite.status());
        assertEquals(
                "nothing was stored",
                0,
                browser
                        .call("GET", "/documents", null)
                        .response()
                        .json()
                        .get("items")
                        .findValuesAsText("sourceId")
                        .stream()
                        .filter("csrf-1"::equals)
                        .count());

        BrowserSession.Answer created = browser.call("POST", "/documents", invoice);
        assertEquals(created.body(), 201, created.status());

        Api basic = Distribution.api("demo");
        assertEquals(
                "programs with HTTP Basic need no token",
                201,
                basic.post("/documents", Payloads.invoice("csrf-2", "RE-CSRF-2"))
                        .status());
    }

    @Test
    public void signOutEndsTheSessionAtOnce() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("demo", "demo");
        assertEquals(403, browser.send("DELETE", "/session", null, Map.of()).status());
        BrowserSession.Answer out = browser.call("DELETE", "/session", null);
        assertEquals(204, out.status());
        assertTrue(out.header("Set-Cookie"), out.header("Set-Cookie").contains("Max-Age=0"));

        BrowserSession.Answer after =
                browser.send("GET", "/documents", null, Map.of("X-Requested-With", "ledgerbridge-ui"));
        assertEquals(401, after.status());
        assertNull("the UI gets no Basic-auth dialog", after.header("WWW-Authenticate"));
        assertTrue(after.body(), after.body().contains("session has ended"));
        BrowserSession.Answer program = browser.send("GET", "/documents", null, Map.of());
        assertEquals(401, program.status());
        assertTrue(
                "programs are told to use Basic",
                program.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    public void usersWithoutARoleAndRepeatedFailuresAreRefused() {
        assertEquals(
                403, new BrowserSession(port).signIn("stranger", "stranger").status());
        BrowserSession browser = new BrowserSession(port);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, browser.signIn("other", "guess-" + i).status());
        }
        BrowserSession.Answer locked = browser.signIn("other", "other");
        assertEquals("the right password is refused too while locked", 429, locked.status());
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
        assertEquals(
                "other users are not affected",
                200,
                new BrowserSession(port).signIn("demo", "demo").status());
    }
}
