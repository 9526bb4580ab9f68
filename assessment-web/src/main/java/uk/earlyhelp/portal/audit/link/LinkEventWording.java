package uk.earlyhelp.portal.audit.link;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.Wording;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.LinkDeclined;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkRequested;

/** Says what each link event did, naming the practitioner from their account (removed ones too). */
@Component
public class LinkEventWording {

    private final WizardMessages messages;

    LinkEventWording(WizardMessages messages) {
        this.messages = messages;
    }

    /** @param who resolves an account id to the practitioner, once per page */
    public Optional<Wording> of(Object event, Function<String, Actor> who) {
        String text = null;
        if (event instanceof LinkRequested requested) {
            text = messages.text("audit.link.requested", name(who, requested.practitionerId()),
                    described(requested.child()), requested.locality(), requested.reason());
        } else if (event instanceof LinkGranted granted) {
            text = messages.text("audit.link.granted", name(who, granted.practitionerId()), granted.childId());
        } else if (event instanceof LinkDeclined declined) {
            text = messages.text("audit.link.declined", name(who, declined.practitionerId()), declined.reason());
        } else if (event instanceof LinkRequestWithdrawn withdrawn) {
            text = messages.text("audit.link.withdrawn", name(who, withdrawn.practitionerId()),
                    messages.text("audit.link.withdrawn." + withdrawn.reason().name()));
        } else if (event instanceof LinkEnded ended) {
            text = messages.text("audit.link.ended", name(who, ended.practitionerId()), ended.childId(),
                    messages.text("audit.link.ended." + ended.reason().name()));
        }
        return Optional.ofNullable(text).map(line -> new Wording(line, java.util.List.of()));
    }

    private static String name(Function<String, Actor> who, String accountId) {
        return who.apply(accountId).name();
    }

    private static String described(ChildDescription child) {
        return (child.firstName() + " " + child.lastName()).strip() + ", " + child.dateOfBirth();
    }
}
