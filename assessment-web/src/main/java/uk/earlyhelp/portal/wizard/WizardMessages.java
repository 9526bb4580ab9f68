package uk.earlyhelp.portal.wizard;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The wizard's wording from messages.properties, for text built in Java (errors, labels of generated links). */
@Component
public class WizardMessages {

    // The portal is written in British English only; a second language would come with its own bundle.
    private static final Locale LOCALE = Locale.UK;

    private final MessageSource messages;

    WizardMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, LOCALE);
    }

    /** The first of {@code codes} that exists, e.g. a table's own wording before the generic one. */
    public String firstOf(String[] codes, Object... args) {
        return messages.getMessage(new DefaultMessageSourceResolvable(codes, args), LOCALE);
    }
}
