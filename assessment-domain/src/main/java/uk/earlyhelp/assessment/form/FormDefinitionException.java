package uk.earlyhelp.assessment.form;

import java.util.List;

/** A form definition file that cannot be used; the message names the file and every problem in it. */
public class FormDefinitionException extends RuntimeException {

    public FormDefinitionException(String source, List<String> problems) {
        super("Form definition " + source + " is broken: " + String.join("; ", problems));
    }

    public FormDefinitionException(String source, String problem, Throwable cause) {
        super("Form definition " + source + " is broken: " + problem, cause);
    }
}
