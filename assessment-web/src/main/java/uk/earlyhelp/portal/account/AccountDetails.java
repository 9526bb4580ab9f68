package uk.earlyhelp.portal.account;

/**
 * Who a person is, as they gave it when asking for an account. The email address, lower-cased, is their username.
 */
public record AccountDetails(String firstName, String lastName, String email, String phone, String jobTitle,
                             String organisation, OrganisationType organisationType, String locality) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
