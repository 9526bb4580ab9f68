package uk.earlyhelp.portal.relationship.links;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.mail.MailProperties;
import uk.earlyhelp.portal.mail.Mailer;
import uk.earlyhelp.portal.relationship.People;

/**
 * The emails of a link's life. They say nothing about the child (email is not a safe place for it): only that there
 * is something to see, and where to sign in to see it. A decline carries the coordinator's reason, which the page
 * asks them to write without details of the child or family.
 */
@Component
class RelationshipMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final MailProperties mail;
    private final People people;

    RelationshipMail(Mailer mailer, MessageSource messages, MailProperties mail, People people) {
        this.mailer = mailer;
        this.messages = messages;
        this.mail = mail;
        this.people = people;
    }

    /** To every coordinator of the locality. */
    void requestArrived(String locality) {
        for (Account coordinator : people.coordinatorsOf(locality)) {
            send(coordinator.email(), "mail.linkRequested", coordinator.displayName(), locality,
                    mail.link("/coordinator/children/requests"));
        }
    }

    void granted(Account practitioner) {
        send(practitioner.email(), "mail.linkGranted", practitioner.displayName(), mail.link("/sign-in"));
    }

    void declined(Account practitioner, String reason) {
        send(practitioner.email(), "mail.linkDeclined", practitioner.displayName(), reason);
    }

    private void send(String to, String key, Object... arguments) {
        mailer.send(to, messages.getMessage(key + ".subject", arguments, Locale.UK),
                messages.getMessage(key + ".body", arguments, Locale.UK));
    }
}
