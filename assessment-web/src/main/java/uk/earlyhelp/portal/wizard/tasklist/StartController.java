package uk.earlyhelp.portal.wizard.tasklist;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.wizard.WizardPaths;

/** Starts a new draft of a form from the dashboard's Forms List, authored by whoever is signed in. */
@Controller
class StartController {

    private final ActingUserCommandGateway commands;
    private final FormDefinitions forms;

    StartController(ActingUserCommandGateway commands, FormDefinitions forms) {
        this.commands = commands;
        this.forms = forms;
    }

    @PostMapping("/assessments")
    String start(@RequestParam String formId, Principal user) {
        if (forms.newest(formId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such form");
        }
        String assessmentId = UUID.randomUUID().toString();
        commands.send(new StartAssessment(assessmentId, formId, user.getName()), user.getName());
        return redirect(WizardPaths.assessment(assessmentId));
    }
}
