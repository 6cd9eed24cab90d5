package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * The account a token belongs to ({@code GET /me}).
 *
 * @param name the account's name, as the connection test shows it
 */
public record AccountDto(String name) {}
