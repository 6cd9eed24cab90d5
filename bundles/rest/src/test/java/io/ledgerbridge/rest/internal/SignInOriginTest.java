package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class SignInOriginTest {
    private final SignInOrigin origin = new SignInOrigin();

    @Test
    void onlyALoopbackPeerWithoutForwardingHeadersIsThisMachine() {
        assertTrue(SignInOrigin.isLocal(request("127.0.0.1", Map.of())));
        assertTrue(SignInOrigin.isLocal(request("0:0:0:0:0:0:0:1", Map.of())));
        assertFalse(SignInOrigin.isLocal(request("192.168.1.20", Map.of())));
        assertFalse(SignInOrigin.isLocal(request("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.9"))));
        assertFalse(SignInOrigin.isLocal(request("127.0.0.1", Map.of("Forwarded", "for=203.0.113.9"))));
        assertFalse(SignInOrigin.isLocal(request("localhost", Map.of())));
        assertFalse(SignInOrigin.isLocal(request(null, Map.of())));
    }

    @Test
    void aWellKnownPasswordIsRefusedFromAnotherMachineAsTheApisJsonError() throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();

        origin.doFilter(request("192.168.1.20", Map.of()), response.servletResponse, (req, resp) -> {
            JaasLogin.login("demo", "demo".toCharArray());
        });

        assertEquals(403, response.status);
        assertTrue(response.body().contains("\"status\":403"), response.body());
        assertTrue(response.body().contains("refused; nobody was signed in"), response.body());
        assertTrue(response.body().contains("jaas:user-add"), response.body());
    }

    @Test
    void theOriginIsKnownOnlyWhileTheRequestIsHandled() throws Exception {
        AtomicReference<Boolean> during = new AtomicReference<>();

        origin.doFilter(
                request("127.0.0.1", Map.of()),
                new FakeHttp.Response().servletResponse,
                (req, resp) -> during.set(SignInOrigin.isLocal()));

        assertTrue(during.get());
        assertFalse(SignInOrigin.isLocal());
    }

    @Test
    void withoutAKnownOriginAWellKnownPasswordIsRefused() {
        Json.BadRequest refused = assertThrows(
                Json.BadRequest.class, () -> WellKnownPasswords.refuseFromOtherMachines("x", "karaf".toCharArray()));

        assertEquals(403, refused.status);
    }

    @Test
    void wellKnownMeansAShippedPasswordOrTheUserName() {
        assertTrue(WellKnownPasswords.isWellKnown("admin", "admin"));
        assertTrue(WellKnownPasswords.isWellKnown("demo", "Demo"));
        assertTrue(WellKnownPasswords.isWellKnown("alice", "karaf"));
        assertTrue(WellKnownPasswords.isWellKnown("alice", "ALICE"));
        assertFalse(WellKnownPasswords.isWellKnown("admin", "correct horse battery staple"));
    }

    private static HttpServletRequest request(String remoteAddress, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SignInOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remoteAddress;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }
}
