package io.ledgerbridge.model;

/**
 * The customer (of an outgoing document) or supplier (of an incoming one).
 *
 * @param email e-mail address; the key most targets match customers by
 * @param companyName company name; empty for a private person
 * @param title salutation or academic title, e.g. "Dr."
 * @param firstName first name of a person
 * @param lastName last name of a person
 * @param street street and house number
 * @param zip postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code, e.g. "DE"
 * @param phone phone number
 * @param vatId VAT identification number, e.g. "DE123456789"
 * @param customerNumber the platform's customer (or supplier) number
 */
public record Party(
        String email,
        String companyName,
        String title,
        String firstName,
        String lastName,
        String street,
        String zip,
        String city,
        String country,
        String phone,
        String vatId,
        String customerNumber) {

    /** The name to show: the company name, else first and last name. */
    public String displayName() {
        if (companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        return String.join(" ", firstName == null ? "" : firstName, lastName == null ? "" : lastName)
                .trim();
    }
}
