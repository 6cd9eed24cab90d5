package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A payment account (bank account, cash box) as sevdesk lists it.
 *
 * @param id its id
 * @param name its name
 * @param type online (bank with a feed; payments need a transaction), offline, register
 */
public record CheckAccount(String id, String name, String type) {
    public boolean isOnline() {
        return "online".equalsIgnoreCase(type);
    }
}
