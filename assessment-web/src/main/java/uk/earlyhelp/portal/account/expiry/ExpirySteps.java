package uk.earlyhelp.portal.account.expiry;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.expiry.ExpiryRule.Decision;
import uk.earlyhelp.portal.account.mail.AccountMail;
import uk.earlyhelp.portal.relationship.RelationshipQueries;

/**
 * One account's step of the sweep, in its own transaction with the account's row locked: a second portal sweeping at
 * the same moment waits, then finds the account warned or expired already, and sends nothing. Emails go after the
 * commit (the mailer waits for it), so none announces a step that was rolled back.
 */
@Component
class ExpirySteps {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the sweep needs after the commit: the decision, and whose sessions to end if it expired. */
    record Outcome(Decision decision, String email) {
    }

    private final Accounts accounts;
    private final AccountHistory history;
    private final AccountMail mail;
    private final RelationshipQueries relationships;
    private final ExpiryRule rule;
    private final int unusedDays;
    private final Clock clock;

    ExpirySteps(Accounts accounts, AccountHistory history, AccountMail mail, RelationshipQueries relationships,
                LinkedExpiryProperties properties, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.mail = mail;
        this.relationships = relationships;
        this.rule = ExpiryRule.of(properties);
        this.unusedDays = properties.unusedDays();
        this.clock = clock;
    }

    @Transactional
    Outcome warnOrExpire(String accountId, Instant now) {
        Account account = accounts.lockById(accountId).filter(found -> found.status() == AccountStatus.APPROVED)
                .orElse(null);
        if (account == null) {
            return new Outcome(Decision.NOTHING, null);
        }
        Decision decision = rule.decide(account.lastUsedAt(), account.expiryWarnedAt(), now);
        // The read model said "linked"; the practitioner's own events have the last word (a link ended a moment ago).
        if (decision == Decision.NOTHING || !relationships.relationships(accountId).holdsAnyActiveLink()) {
            return new Outcome(Decision.NOTHING, null);
        }
        if (decision == Decision.WARN) {
            account.warnedOfExpiry(now);
            String expiresOn = DAY.format(rule.expiresAt(account.lastUsedAt(), now).atZone(clock.getZone()));
            history.record(account, AccountChange.EXPIRY_WARNED, Actors.SYSTEM, "Expires on " + expiresOn
                    + " unless used", now);
            mail.expiryWarning(account, expiresOn, unusedDays);
        } else {
            account.expire();
            history.record(account, AccountChange.EXPIRED, Actors.SYSTEM, "Not used for " + unusedDays + " days", now);
            mail.expired(account, unusedDays);
        }
        return new Outcome(decision, account.email());
    }
}
