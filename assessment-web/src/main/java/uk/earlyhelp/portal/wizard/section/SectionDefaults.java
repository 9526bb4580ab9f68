package uk.earlyhelp.portal.wizard.section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.Prefill;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * What a section's page shows before anything is typed: its saved answers once it has been saved, else the defaults
 * its form gives its fields ({@link Prefill}): "your details" from the practitioner's account as it is now, and
 * today. Only the page holds them until the practitioner saves, so the assessment records what was saved, and a
 * later change to the account changes no assessment.
 */
@Component
class SectionDefaults {

    private final Accounts accounts;
    private final Clock clock;

    SectionDefaults(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    Map<String, List<String>> answers(OpenAssessment assessment, SectionDefinition section, String userId) {
        if (assessment.filled().sections().containsKey(section.id())
                || section.fields().stream().allMatch(field -> field.prefill() == null)) {
            return assessment.filled().answers(section.id());
        }
        Optional<AccountDetails> account = accounts.findById(userId).map(found -> found.details());
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        for (FieldDefinition field : section.fields()) {
            String value = field.prefill() == null ? null : value(field.prefill(), account);
            if (value != null && !value.isBlank()) {
                defaults.put(field.id(), List.of(value));
            }
        }
        return defaults;
    }

    private String value(Prefill prefill, Optional<AccountDetails> account) {
        if (prefill == Prefill.TODAY) {
            return LocalDate.now(clock).toString();
        }
        return account.map(details -> switch (prefill) {
            case ACCOUNT_NAME -> details.displayName();
            case ACCOUNT_JOB_TITLE -> details.jobTitle();
            case ACCOUNT_ORGANISATION -> details.organisation();
            case ACCOUNT_EMAIL -> details.email();
            case ACCOUNT_PHONE -> details.phone();
            case ACCOUNT_LOCALITY -> details.locality();
            case TODAY -> null;
        }).orElse(null);
    }
}
