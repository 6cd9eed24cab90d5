package io.ledgerbridge.connector.zenvoices.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of a Zenvoices connection, in the words of Zenvoices' own screens. */
@ObjectClassDefinition(
        id = ZenvoicesType.PID,
        name = "Zenvoices",
        description = "Uploads your approved and sent invoices with their PDF into the inbox of your company in "
                + "Zenvoices.")
public @interface ZenvoicesConfig {

    @AttributeDefinition(
            name = "User name",
            description = "The Zenvoices user (user name or e-mail address) the connection signs in as. It needs the "
                    + "permissions API > Inbox access and API > Companies > List access (in Zenvoices: Manage > "
                    + "Organisation > Users). A user with API access only is not billed.")
    String userName();

    @AttributeDefinition(
            name = "Password",
            type = AttributeType.PASSWORD,
            description = "That user's Zenvoices password. The user must sign in without two-factor verification.")
    String password();

    @AttributeDefinition(
            name = "Organization code",
            description = "The code of your Zenvoices organisation, as you enter it when signing in to Zenvoices "
                    + "(no spaces).")
    String organizationCode();

    @AttributeDefinition(
            name = "Company code",
            description = "The code of the company whose inbox receives the documents (in Zenvoices: Manage > "
                    + "Organisation > Companies). For a client's integration: that client's own company code.")
    String companyCode();

    @AttributeDefinition(
            name = "Zenvoices address (advanced)",
            description = "Only change this for testing with a Zenvoices simulator.")
    String baseUrl() default ZenvoicesType.DEFAULT_BASE_URL;
}
