package uk.earlyhelp.portal.relationship.linkedchild;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildDetailChanges;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.ChildViewHistory;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.ViewerRole;

/**
 * A child's basic details (name, date of birth, address, contact details, involved workers), as the child's own events
 * hold them, so a change shows at once. Its coordinator also sees who is linked to the child, with a way to end each
 * link, a way to change the details and the changes made to them, and who has opened the record.
 */
@Controller
class ChildPageController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ChildAccess access;
    private final RelationshipQueries queries;
    private final People people;
    private final Clock clock;
    private final MessageSource messages;

    ChildPageController(ChildAccess access, RelationshipQueries queries, People people, Clock clock,
                        MessageSource messages) {
        this.access = access;
        this.queries = queries;
        this.people = people;
        this.clock = clock;
        this.messages = messages;
    }

    /** A linked practitioner, for the coordinator's list: whose link, since when, and the link to end. */
    record LinkLine(String linkId, String practitioner, String since) {
    }

    /** One opening of the record, for the coordinator's history. */
    record ViewLine(String when, String who, ViewerRole as) {
    }

    /** One change to the details, for the coordinator's history: which details, by their labels, never their values. */
    record ChangeLine(String when, String who, String what, ChildSource how) {
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable String id, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
        ChildAccess.Opened opened = access.open(id, user);
        model.addAttribute("child", opened.child());
        model.addAttribute("details", opened.child().details());
        model.addAttribute("dateOfBirth", DateOfBirth.shown(opened.child().details().dateOfBirth()));
        boolean coordinator = opened.as() == ViewerRole.COORDINATOR;
        model.addAttribute("coordinator", coordinator);
        if (coordinator) {
            List<LinkRequestSummary> links = queries.activeLinksTo(id).requests();
            List<ChildViewHistory.Entry> views = queries.views(id).views();
            List<ChildDetailChanges.Entry> changes = queries.detailChanges(id).changes();
            Map<String, String> names = people.names(Stream.of(
                    links.stream().map(LinkRequestSummary::practitionerId),
                    views.stream().map(ChildViewHistory.Entry::viewerId),
                    changes.stream().map(ChildDetailChanges.Entry::changedBy)).flatMap(ids -> ids).toList());
            model.addAttribute("links", links.stream().map(link -> new LinkLine(link.linkId(),
                    names.getOrDefault(link.practitionerId(), link.practitionerId()), when(link.decidedAt()))).toList());
            model.addAttribute("views", views.stream().map(view -> new ViewLine(when(view.viewedAt()),
                    names.getOrDefault(view.viewerId(), view.viewerId()), view.viewerRole())).toList());
            model.addAttribute("changes", changes.stream().map(change -> new ChangeLine(when(change.changedAt()),
                    names.getOrDefault(change.changedBy(), change.changedBy()), labels(change.fields(), locale),
                    change.source())).toList());
        }
        return "pages/children/child";
    }

    private String labels(List<String> fields, Locale locale) {
        return String.join(", ", fields.stream()
                .map(field -> messages.getMessage("children." + field, null, field, locale)).toList());
    }

    private String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(clock.getZone()));
    }
}
