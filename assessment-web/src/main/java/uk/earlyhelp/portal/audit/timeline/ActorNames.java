package uk.earlyhelp.portal.audit.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * Resolves the acting user an event or log entry names to the account's name, role and organisation, also for an
 * account since removed (its row stays). The id is an email address in the events stored so far, but may become the
 * account id: both are looked up. The portal's own actors (the Mosaic projector, "system") have names of their own.
 * One instance per page or export ({@link #cache()}), so a long history looks each person up once.
 */
@Component
public class ActorNames {

    private final Accounts accounts;
    private final WizardMessages messages;

    ActorNames(Accounts accounts, WizardMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** A resolver that remembers what it resolved, for one request. */
    public java.util.function.Function<String, Actor> cache() {
        Map<String, Actor> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id == null ? "" : id, this::resolve);
    }

    public Actor resolve(String id) {
        Optional<Account> account = id.isBlank() ? Optional.empty()
                : accounts.findById(id);
        if (account.isPresent()) {
            Account found = account.get();
            return new Actor(id, found.displayName(), found.id(), messages.text("role." + found.role().name()),
                    found.details().organisation());
        }
        String known = messages.firstOf(new String[] {"audit.actor." + id, "audit.actor.unknown"}, id);
        return new Actor(id, known, null, null, null);
    }
}
