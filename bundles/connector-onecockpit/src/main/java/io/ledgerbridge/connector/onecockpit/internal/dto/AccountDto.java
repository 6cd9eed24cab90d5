package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * The OneCockpit account a login or token belongs to ({@code account} of the token exchange, {@code GET
 * /api/v1/account}).
 *
 * @param id the account's id
 * @param name the account's name, as the connection test shows it
 */
public record AccountDto(String id, String name) {}
