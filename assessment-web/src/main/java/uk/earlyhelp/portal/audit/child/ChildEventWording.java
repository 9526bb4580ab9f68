package uk.earlyhelp.portal.audit.child;

import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.timeline.Wording;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildViewed;

/** Says what each event of a child record did, in plain words. */
@Component
class ChildEventWording {

    private final WizardMessages messages;

    ChildEventWording(WizardMessages messages) {
        this.messages = messages;
    }

    Wording of(Object event) {
        if (event instanceof ChildRecorded recorded) {
            return new Wording(messages.text("audit.child.recorded", name(recorded.details()), recorded.locality(),
                    messages.text("audit.child.source." + recorded.source().name())), java.util.List.of());
        } else if (event instanceof ChildDetailsChanged changed) {
            return new Wording(messages.text("audit.child.changed", name(changed.details()),
                    messages.text("audit.child.source." + changed.source().name())), java.util.List.of());
        } else if (event instanceof ChildViewed viewed) {
            return new Wording(messages.text("audit.child.viewed." + viewed.viewerRole().name()), java.util.List.of());
        }
        return new Wording(messages.text("audit.event.other", event.getClass().getSimpleName()), java.util.List.of());
    }

    private static String name(ChildDetails details) {
        return (details.firstName() + " " + details.lastName()).strip();
    }
}
