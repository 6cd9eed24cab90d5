package io.ledgerbridge.model.service;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param nextCursor the cursor of the next page, or null when this is the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {}
