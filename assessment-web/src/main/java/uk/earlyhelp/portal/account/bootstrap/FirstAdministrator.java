package uk.earlyhelp.portal.account.bootstrap;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.invitation.Invitations;
import uk.earlyhelp.portal.security.Role;

/**
 * How a production portal gets its first administrator, who then adds every other staff account. At each start,
 * while no administrator can sign in, the configured person ({@code portal.accounts.first-administrator}) gets an
 * account that cannot sign in yet and an emailed link to set its password. Starting again changes nothing while that
 * link still works; once it has expired unused, a start sends a new one. Once any administrator can sign in, this
 * does nothing at all. The log never holds the address or the link: personal data and a secret.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /** What a start did, for the log and for tests. */
    enum Outcome { ADMINISTRATOR_EXISTS, NOT_CONFIGURED, INVITED, LINK_RENEWED, LINK_STILL_WORKS, ADDRESS_TAKEN }

    private final Accounts accounts;
    private final AccountHistory history;
    private final Invitations invitations;
    private final PasswordEncoder encoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    FirstAdministrator(Accounts accounts, AccountHistory history, Invitations invitations, PasswordEncoder encoder,
                       AccountProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.history = history;
        this.invitations = invitations;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // ensure()'s @Transactional does not apply to a call from within this bean: one transaction all the same, so
        // that an account is never left without its history.
        Outcome outcome = transaction.execute(status -> ensure());
        switch (outcome) {
            case NOT_CONFIGURED -> LOG.warn("No administrator can sign in. Set portal.accounts.first-administrator "
                    + "(email, first-name, last-name) and start the portal again to invite one.");
            case INVITED -> LOG.info("First administrator account created; a link to set its password has been emailed "
                    + "(valid for {} hours).", properties.setPasswordLinkValidity().toHours());
            case LINK_RENEWED -> LOG.info("The first administrator's link had expired unused; a new one has been emailed.");
            case LINK_STILL_WORKS -> LOG.info("The first administrator has not set a password yet; the emailed link "
                    + "still works.");
            case ADDRESS_TAKEN -> LOG.warn("portal.accounts.first-administrator.email belongs to an account that is not "
                    + "an invited administrator; nothing was changed. Configure another address.");
            case ADMINISTRATOR_EXISTS -> LOG.debug("An administrator can sign in; no first administrator needed.");
        }
    }

    @Transactional
    Outcome ensure() {
        if (accounts.existsByRoleAndStatus(Role.ADMIN, AccountStatus.APPROVED)) {
            return Outcome.ADMINISTRATOR_EXISTS;
        }
        AccountProperties.FirstAdministrator configured = properties.firstAdministrator();
        if (!configured.configured()) {
            return Outcome.NOT_CONFIGURED;
        }
        Optional<Account> existing = accounts.findByEmail(Accounts.normalise(configured.email()));
        if (existing.isEmpty()) {
            invite(configured);
            return Outcome.INVITED;
        }
        Account account = existing.get();
        if (account.role() != Role.ADMIN || account.status() != AccountStatus.INVITED) {
            return Outcome.ADDRESS_TAKEN;
        }
        if (invitations.linkStillWorks(account)) {
            return Outcome.LINK_STILL_WORKS;
        }
        history.record(account, AccountChange.INVITATION_RENEWED, Actors.SYSTEM, clock.instant());
        invitations.send(account);
        return Outcome.LINK_RENEWED;
    }

    private void invite(AccountProperties.FirstAdministrator configured) {
        AccountDetails details = new AccountDetails(configured.firstName().strip(), configured.lastName().strip(),
                Accounts.normalise(configured.email()), null, "Administrator", null, null, null);
        Account account = accounts.save(Account.invited(details, Role.ADMIN,
                encoder.encode(UUID.randomUUID().toString()), clock.instant()));
        history.record(account, AccountChange.INVITED, Actors.SYSTEM,
                "First administrator, from portal.accounts.first-administrator", clock.instant());
        invitations.send(account);
    }
}
