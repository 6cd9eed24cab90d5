package ${package}.internal.dto;

/**
 * A document as ${connectorName} answers a create or lists it in a lookup.
 *
 * @param id ${connectorName}'s id of it
 * @param externalId the key it was created with
 */
public record DocumentRef(String id, String externalId) {}
