package io.ledgerbridge.rest.internal;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/** Checks a user name and password against the Karaf JAAS realm {@code karaf} and reads the user's roles. */
final class JaasLogin {
    private static final String REALM = "karaf";

    private JaasLogin() {}

    /**
     * The caller, or null when the user name or password is wrong.
     *
     * @throws Json.BadRequest 403 for a well-known password from another machine ({@link WellKnownPasswords})
     */
    static Caller login(String user, char[] password) {
        WellKnownPasswords.refuseFromOtherMachines(user, password);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(REALM, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            login.login();
            Set<String> roles = login.getSubject().getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                    .map(Principal::getName)
                    .collect(Collectors.toSet());
            return new Caller(user, roles);
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
