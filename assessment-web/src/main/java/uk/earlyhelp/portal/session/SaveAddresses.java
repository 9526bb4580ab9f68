package uk.earlyhelp.portal.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * The wizard's addresses that save what a practitioner typed, and so may be kept when posted after the session
 * ended: section pages, their autosave, and table rows. Finish, delete and remove carry nothing typed: they are
 * simply refused, and done again after signing in.
 */
final class SaveAddresses {

    /** One kind of save address and the page that replays it. */
    private record Address(PathPattern pattern, Function<Map<String, String>, String> replayPath) {
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final String SECTION = "/assessments/{assessmentId}/sections/{sectionId}";
    private static final List<Address> ADDRESSES = List.of(
            new Address(PARSER.parse(SECTION), ids -> WizardPaths.section(ids.get("assessmentId"), ids.get("sectionId"))),
            new Address(PARSER.parse(SECTION + "/autosave"),
                    ids -> WizardPaths.section(ids.get("assessmentId"), ids.get("sectionId"))),
            new Address(PARSER.parse("/assessments/{assessmentId}/tables/{tableId}/rows/{rowId}"),
                    ids -> WizardPaths.row(ids.get("assessmentId"), ids.get("tableId"), ids.get("rowId"))));

    private SaveAddresses() {
    }

    /** The save posted to {@code path}, or empty if it is not a save address. */
    static Optional<KeptSaveTarget> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Address address : ADDRESSES) {
            PathPattern.PathMatchInfo match = address.pattern().matchAndExtract(container);
            if (match != null && match.getUriVariables().values().stream().allMatch(SafeId::isSafe)) {
                Map<String, String> ids = match.getUriVariables();
                return Optional.of(new KeptSaveTarget(ids.get("assessmentId"), address.replayPath().apply(ids),
                        path.endsWith("/autosave")));
            }
        }
        return Optional.empty();
    }

    /** Where a kept save goes: its assessment, the page that replays it, and whether the page's script sent it. */
    record KeptSaveTarget(String assessmentId, String replayPath, boolean autosave) {
    }
}
