package ${package}.internal.dto;

import java.util.List;

/**
 * ${connectorName}'s answer to a lookup ({@code GET /documents?externalId=}).
 *
 * @param items the documents found, none when there is none
 */
public record DocumentList(List<DocumentRef> items) {}
