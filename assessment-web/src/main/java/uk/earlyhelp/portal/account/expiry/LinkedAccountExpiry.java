package uk.earlyhelp.portal.account.expiry;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.expiry.ExpiryRule.Decision;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.SignedInSessions;
import uk.earlyhelp.relationship.api.EndAllLinks;
import uk.earlyhelp.relationship.api.LinkEndReason;

/**
 * The sweep: warns the linked logins about to expire, expires those unused for the full period, and ends the links
 * (and withdraws the requests still waiting for a coordinator) of every expired account that still has any. All it knows is in the database, so running it twice, on two portals at
 * once, or after a restart changes nothing more; and a sweep stopped between an account's expiry and the end of its
 * links is finished by the next, because ending links is a pass of its own over every expired account still linked.
 */
@Component
public class LinkedAccountExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedAccountExpiry.class);

    /**
     * What one sweep did, as counts: the log says no more (no addresses, no ids).
     *
     * @param linksEnded expired accounts whose links were ended and waiting requests withdrawn
     */
    public record Sweep(int warned, int expired, int linksEnded, int failed) {
    }

    private final Accounts accounts;
    private final ExpirySteps steps;
    private final RelationshipQueries relationships;
    private final ActingUserCommandGateway commands;
    private final SignedInSessions sessions;
    private final ExpiryRule rule;
    private final Clock clock;

    LinkedAccountExpiry(Accounts accounts, ExpirySteps steps, RelationshipQueries relationships,
                        ActingUserCommandGateway commands, SignedInSessions sessions, LinkedExpiryProperties properties,
                        Clock clock) {
        this.accounts = accounts;
        this.steps = steps;
        this.relationships = relationships;
        this.commands = commands;
        this.sessions = sessions;
        this.rule = ExpiryRule.of(properties);
        this.clock = clock;
    }

    public Sweep sweep() {
        Instant now = clock.instant();
        int warned = 0;
        int expired = 0;
        int linksEnded = 0;
        int failed = 0;
        for (String accountId : accounts.linkedAndUnusedSince(rule.warnIfUsedBefore(now))) {
            try {
                ExpirySteps.Outcome outcome = steps.warnOrExpire(accountId, now);
                if (outcome.decision() == Decision.WARN) {
                    warned++;
                } else if (outcome.decision() == Decision.EXPIRE) {
                    expired++;
                    sessions.endAllOf(accountId, null);
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Linked-login expiry: one account's step failed ({}); the next sweep tries again",
                        e.getClass().getName());
            }
        }
        for (String accountId : accounts.expiredWithLinksOrRequests()) {
            try {
                if (endLinks(accountId)) {
                    linksEnded++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Linked-login expiry: ending one expired account's links failed ({}); the next sweep tries "
                        + "again", e.getClass().getName());
            }
        }
        Sweep sweep = new Sweep(warned, expired, linksEnded, failed);
        if (warned + expired + linksEnded + failed > 0) {
            LOG.info("Linked-login expiry: {} warned, {} expired, {} accounts' links ended, {} failed", warned, expired,
                    linksEnded, failed);
        }
        return sweep;
    }

    /**
     * Ends the links and withdraws the waiting requests (so that no coordinator links an expired login later). The
     * read model lags the events, so it may still show links just ended: ask the practitioner's own events, and send
     * the command only if anything is open (the aggregate would record nothing anyway).
     */
    private boolean endLinks(String practitionerId) {
        if (!relationships.relationships(practitionerId).holdsAnythingOpen()) {
            return false;
        }
        commands.send(new EndAllLinks(practitionerId, LinkEndReason.ACCOUNT_EXPIRED, Actors.SYSTEM), Actors.SYSTEM);
        return true;
    }
}
