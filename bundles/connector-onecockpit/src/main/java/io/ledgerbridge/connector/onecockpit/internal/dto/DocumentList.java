package io.ledgerbridge.connector.onecockpit.internal.dto;

import java.util.List;

/**
 * OneCockpit's answer to a lookup ({@code GET /documents?externalId=}).
 *
 * @param items the documents found, none when there is none
 */
public record DocumentList(List<DocumentRef> items) {}
