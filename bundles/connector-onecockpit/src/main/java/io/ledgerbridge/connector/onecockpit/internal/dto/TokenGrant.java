package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * What {@code POST /api/v1/auth/token} answers for a OneCockpit user and password.
 *
 * @param token the API token, sent as {@code X-Api-Key} until OneCockpit refuses it
 * @param account the account the login belongs to
 */
public record TokenGrant(String token, AccountDto account) {}
