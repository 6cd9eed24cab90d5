package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses sign-ins from other machines with a password anyone knows: the shipped ones ({@code admin}, {@code demo},
 * {@code karaf}) or the user's own name. Checked before the password itself, so the answer says nothing about whether
 * it was right; sign-ins from this machine (see {@link SignInOrigin}) are not affected.
 */
final class WellKnownPasswords {
    private static final Set<String> SHIPPED = Set.of("admin", "demo", "karaf");

    static final String REFUSAL = "sign-ins from other machines with a well-known password (admin, demo, karaf or the"
            + " user name itself) are refused; nobody was signed in. If it is this user's password, change it on the"
            + " server: in the Karaf console run jaas:realm-manage --realm karaf, jaas:user-add <user> <new password>,"
            + " jaas:update (or write the new password into etc/users.properties; README \"Users\"). Sign-ins from"
            + " the server itself (localhost) still work";

    private WellKnownPasswords() {}

    /** Throws the API's 403 when the password is well known and the request comes from another machine. */
    static void refuseFromOtherMachines(String user, char[] password) {
        if (isWellKnown(user, new String(password)) && !SignInOrigin.isLocal()) {
            throw new Json.BadRequest(403, REFUSAL, List.of(new FieldError("password", "is a well-known password")));
        }
    }

    static boolean isWellKnown(String user, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return SHIPPED.contains(lower) || lower.equals(user.toLowerCase(Locale.ROOT));
    }
}
