package uk.earlyhelp.portal.wizard.section;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.wizard.AssessmentToSave;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * Background saves from static/js/autosave.js while the practitioner types: the same reading and
 * the same {@code SaveSection} as the Save button, answered in JSON. Saving what is already saved
 * appends no event (the aggregate ignores it), so the script may call as often as it likes. The assessment is read
 * once per autosave, by its command (ADR 0015).
 */
@RestController
class AutosaveController {

    /** {@code savedAt} is the council's wall-clock time, as the page shows it ("Saved at 14:32"). */
    record Saved(boolean saved, String savedAt) {
    }

    /** Not saved; the script shows nothing of this while the practitioner is typing, but it is there for them. */
    record NotSaved(boolean saved, Map<String, String> errors) {
    }

    /** Another tab changed some of the same answers: the script says so, keeps the typing, and links to the choice. */
    record Conflicted(boolean saved, boolean conflict, String conflictHref) {
    }

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final WizardAssessments assessments;
    private final SectionSaving saving;
    private final Clock clock;

    AutosaveController(WizardAssessments assessments, SectionSaving saving, Clock clock) {
        this.assessments = assessments;
        this.saving = saving;
        this.clock = clock;
    }

    @PostMapping("/assessments/{assessmentId}/sections/{sectionId}/autosave")
    ResponseEntity<Object> autosave(@PathVariable String assessmentId, @PathVariable String sectionId,
                                    @RequestParam MultiValueMap<String, String> params, Principal user) {
        AssessmentToSave assessment = assessments.toSave(assessmentId, user);
        SectionDefinition section = assessment.section(sectionId);
        SectionSaving.Outcome outcome = saving.save(assessment, section, params, user);
        if (outcome.submitted()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new NotSaved(false, Map.of()));
        }
        if (outcome.conflicted()) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new Conflicted(false, true, WizardPaths.conflict(assessmentId, sectionId)));
        }
        if (!outcome.saved()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : outcome.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            return ResponseEntity.unprocessableContent().body(new NotSaved(false, errors));
        }
        return ResponseEntity.ok(new Saved(true, LocalTime.now(clock).format(HOURS_MINUTES)));
    }
}
