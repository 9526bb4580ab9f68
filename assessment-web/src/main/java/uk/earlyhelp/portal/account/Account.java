package uk.earlyhelp.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.earlyhelp.portal.security.Role;

/**
 * One person's login. Its state changes only through the methods below, each a step of DOMAIN.md's lifecycle; the
 * caller records the step in the account's history. The password is kept only as a hash that names its algorithm.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private String id;
    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private String jobTitle;
    private String organisation;
    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;
    private String locality;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "password_hash")
    private String passwordHash;
    private Instant requestedAt;
    private Instant lastSignedInAt;
    /** Signed in, approved or reactivated: what the inactivity expiry of linked logins counts from. */
    private Instant lastUsedAt;
    /** When the expiry warning went for the current period of disuse; cleared by use. */
    private Instant expiryWarnedAt;
    @Version
    private long version;

    protected Account() {
    }

    /** A practitioner's request, waiting for its email address to be confirmed. */
    public static Account requested(AccountDetails details, String passwordHash, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.role = Role.PRACTITIONER;
        account.status = AccountStatus.REQUESTED;
        account.requestedAt = now;
        account.fill(details, passwordHash);
        return account;
    }

    /** A ready-made account with any role (the embedded default's demo accounts). */
    public static Account approved(AccountDetails details, Role role, String passwordHash, Instant now) {
        Account account = requested(details, passwordHash, now);
        account.role = role;
        account.status = AccountStatus.APPROVED;
        account.lastUsedAt = now;
        return account;
    }

    /**
     * A council staff account made by an administrator (or, for the first administrator, by the portal from its
     * configuration). It cannot sign in until its holder sets a password from the emailed link; until then its hash is
     * of a random value nobody knows.
     */
    public static Account invited(AccountDetails details, Role role, String unusableHash, Instant now) {
        Account account = requested(details, unusableHash, now);
        account.role = role;
        account.status = AccountStatus.INVITED;
        return account;
    }

    /** The same address asked again before confirming: the latest request is the one a confirmation confirms. */
    public void replaceRequest(AccountDetails details, String passwordHash, Instant now) {
        requireStatus(AccountStatus.REQUESTED);
        requestedAt = now;
        fill(details, passwordHash);
    }

    public void confirmEmail() {
        requireStatus(AccountStatus.REQUESTED);
        status = AccountStatus.CONFIRMED;
    }

    /** Approved at this moment: a new login counts as used from now, so it is not expired before its first sign-in. */
    public void approve(Instant at) {
        requireStatus(AccountStatus.CONFIRMED);
        status = AccountStatus.APPROVED;
        used(at);
    }

    public void reject() {
        requireStatus(AccountStatus.CONFIRMED);
        status = AccountStatus.REJECTED;
    }

    /**
     * Linked and unused for too long (DOMAIN.md, Accounts 5): it no longer signs in until a coordinator reactivates it.
     * The sweep that decides this lives elsewhere; this is only the step.
     */
    public void expire() {
        requireStatus(AccountStatus.APPROVED);
        status = AccountStatus.EXPIRED;
    }

    /**
     * The locality's coordinator lets an expired account sign in again. It counts as used from now: otherwise the next
     * sweep would find it as long unused as before.
     */
    public void reactivate(Instant at) {
        requireStatus(AccountStatus.EXPIRED);
        status = AccountStatus.APPROVED;
        used(at);
    }

    /** The warning that this linked login will expire was sent: it is not sent again until the account is used. */
    public void warnedOfExpiry(Instant at) {
        requireStatus(AccountStatus.APPROVED);
        expiryWarnedAt = at;
    }

    /** The holder of an invited staff account set its first password: it signs in from now on. */
    public void setFirstPassword(String hash) {
        requireStatus(AccountStatus.INVITED);
        passwordHash = hash;
        status = AccountStatus.APPROVED;
    }

    /** An administrator removed a staff account. The row and its history stay: the trail outlives the login. */
    public void remove() {
        if (status == AccountStatus.REMOVED) {
            throw new IllegalStateException("Account " + id + " is removed already");
        }
        status = AccountStatus.REMOVED;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void signedIn(Instant at) {
        lastSignedInAt = at;
        used(at);
    }

    private void used(Instant at) {
        lastUsedAt = at;
        expiryWarnedAt = null;
    }

    private void fill(AccountDetails details, String hash) {
        email = details.email();
        firstName = details.firstName();
        lastName = details.lastName();
        phone = details.phone();
        jobTitle = details.jobTitle();
        organisation = details.organisation();
        organisationType = details.organisationType();
        locality = details.locality();
        passwordHash = hash;
    }

    private void requireStatus(AccountStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Account " + id + " is " + status + ", not " + expected);
        }
    }

    public AccountDetails details() {
        return new AccountDetails(firstName, lastName, email, phone, jobTitle, organisation, organisationType, locality);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return details().displayName();
    }

    public String locality() {
        return locality;
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiryWarnedAt() {
        return expiryWarnedAt;
    }
}
