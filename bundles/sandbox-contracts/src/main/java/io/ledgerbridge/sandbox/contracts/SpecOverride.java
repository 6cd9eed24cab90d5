package io.ledgerbridge.sandbox.contracts;

import java.util.List;

/**
 * One deliberate correction of a published specification, where it is wrong about the real service.
 *
 * @param why what the specification says, what is right instead, and the evidence
 * @param paths the JSON Pointers the correction changes, e.g. {@code /components/schemas/saveInvoice/required}
 */
public record SpecOverride(String why, List<String> paths) {}
