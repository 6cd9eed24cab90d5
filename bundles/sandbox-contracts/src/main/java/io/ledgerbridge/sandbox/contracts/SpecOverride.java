package io.ledgerbridge.sandbox.contracts;

/**
 * One deliberate change to a published specification, where the specification is wrong about the real service.
 *
 * @param op the JSON Patch operation ({@code add}, {@code replace}, {@code remove})
 * @param path the JSON Pointer of what is changed, e.g. {@code /components/schemas/saveInvoice/required}
 * @param why what the specification says, what the service really does, and the evidence
 */
public record SpecOverride(String op, String path, String why) {}
