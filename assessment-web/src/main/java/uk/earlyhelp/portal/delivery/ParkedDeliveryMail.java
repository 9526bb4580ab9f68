package uk.earlyhelp.portal.delivery;

import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.mail.MailProperties;
import uk.earlyhelp.portal.mail.Mailer;
import uk.earlyhelp.portal.security.Role;

/**
 * "Support notified": when a delivery into Mosaic is parked for an administrator, each administrator who can sign in
 * gets one email with the assessment's id and a link to the Parked deliveries page, never anything about the family.
 * <p>
 * Once per parking: the assessment records a parked failure only when its delivery becomes parked (a retry that fails
 * again records nothing), so each such event is one email. Never again on a replay: the processor starts at the head
 * of the event stream ({@link ParkedDeliveryMailConfiguration}; parkings from before it existed were not announced
 * then and are not now), and the handler is skipped while a reset processor replays (docs/decisions/0011).
 * Emails go after the processor's transaction commits (the {@link Mailer}), so a batch rolled back and handled again
 * sends them once.
 */
@Component
@ProcessingGroup(ParkedDeliveryMail.PROCESSING_GROUP)
class ParkedDeliveryMail {

    static final String PROCESSING_GROUP = "parked-delivery-mail";

    private static final Logger LOG = LoggerFactory.getLogger(ParkedDeliveryMail.class);

    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final MailProperties mail;

    ParkedDeliveryMail(Accounts accounts, Mailer mailer, MessageSource messages, MailProperties mail) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.mail = mail;
    }

    @EventHandler
    @DisallowReplay
    void on(MosaicDeliveryFailed event) {
        if (event.retrying()) {
            return; // the portal tries again by itself: nobody need act yet
        }
        List<Account> administrators = accounts.findByRoleAndStatus(Role.ADMIN, AccountStatus.APPROVED);
        for (Account administrator : administrators) {
            Object[] arguments = {administrator.displayName(), event.assessmentId(),
                    mail.link(ParkedDeliveriesController.PAGE)};
            mailer.send(administrator.email(), messages.getMessage("mail.deliveryParked.subject", arguments, Locale.UK),
                    messages.getMessage("mail.deliveryParked.body", arguments, Locale.UK));
        }
        if (administrators.isEmpty()) {
            LOG.warn("The delivery of assessment {} is parked, and no administrator can sign in to be told",
                    event.assessmentId());
        } else {
            LOG.info("Told {} administrator(s) that the delivery of assessment {} is parked", administrators.size(),
                    event.assessmentId());
        }
    }
}
