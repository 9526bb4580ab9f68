package uk.earlyhelp.portal.retention.draft;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One draft's warning, in its own transaction: the row first, then the email, which the mailer sends only once the
 * row has committed; a second node's warning of the same version fails on the row's key and sends nothing.
 */
@Component
class WarningStep {

    private final DraftWarnings warnings;
    private final DraftRetentionMail mail;

    WarningStep(DraftWarnings warnings, DraftRetentionMail mail) {
        this.warnings = warnings;
        this.mail = mail;
    }

    @Transactional
    boolean warn(String authorId, LastChange change, Instant now, Instant deleteAfter, int untouchedDays) {
        if (!warnings.record(change, now, deleteAfter)) {
            return false;
        }
        mail.warn(authorId, change, deleteAfter, untouchedDays);
        return true;
    }
}
