package io.ledgerbridge.connector.tck.reference;

/** The settings of a reference connection (the OCD the TCK reads is written by {@link ReferenceModule}). */
public @interface ReferenceConfig {
    String baseUrl();

    String account() default "main";
}
