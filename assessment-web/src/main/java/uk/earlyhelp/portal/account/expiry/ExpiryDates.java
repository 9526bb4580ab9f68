package uk.earlyhelp.portal.account.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.relationship.RelationshipQueries;

/** "Expires on …" for one account, as its coordinator's page shows it: only a signed-in-able login holding a link. */
@Component
public class ExpiryDates {

    private final ExpiryRule rule;
    private final RelationshipQueries relationships;
    private final Clock clock;

    ExpiryDates(LinkedExpiryProperties properties, RelationshipQueries relationships, Clock clock) {
        this.rule = ExpiryRule.of(properties);
        this.relationships = relationships;
        this.clock = clock;
    }

    /** The day it expires unless used; empty for an account that does not expire this way (no link, not approved). */
    public Optional<LocalDate> expiresOn(Account account) {
        if (account.status() != AccountStatus.APPROVED || account.lastUsedAt() == null
                || !relationships.relationships(account.id()).holdsAnyActiveLink()) {
            return Optional.empty();
        }
        return Optional.of(rule.expectedExpiry(account.lastUsedAt(), account.expiryWarnedAt(), clock.instant())
                .atZone(clock.getZone()).toLocalDate());
    }
}
