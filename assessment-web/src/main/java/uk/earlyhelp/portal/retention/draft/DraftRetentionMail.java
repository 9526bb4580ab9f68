package uk.earlyhelp.portal.retention.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.mail.MailProperties;
import uk.earlyhelp.portal.mail.Mailer;

/**
 * The warning to a draft's author (messages.properties {@code mail.draftRetention.*}): the dates and a link to the
 * draft, nothing about the family. An author whose account is gone gets no email; the draft goes all the same.
 */
@Component
class DraftRetentionMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Mailer mailer;
    private final MessageSource messages;
    private final MailProperties mail;
    private final Accounts accounts;
    private final Clock clock;

    DraftRetentionMail(Mailer mailer, MessageSource messages, MailProperties mail, Accounts accounts, Clock clock) {
        this.mailer = mailer;
        this.messages = messages;
        this.mail = mail;
        this.accounts = accounts;
        this.clock = clock;
    }

    void warn(String authorId, LastChange change, Instant deleteAfter, int untouchedDays) {
        accounts.findById(authorId).ifPresent(author -> {
            Object[] arguments = {author.displayName(), day(change.at()), day(deleteAfter), untouchedDays,
                    mail.link("/assessments/" + change.assessmentId())};
            mailer.send(author.email(), messages.getMessage("mail.draftRetention.subject", arguments, Locale.UK),
                    messages.getMessage("mail.draftRetention.body", arguments, Locale.UK));
        });
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(clock.getZone()));
    }
}
