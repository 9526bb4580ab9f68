package uk.earlyhelp.assessment.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a form definition from YAML and refuses one that is broken, naming the file and the
 * problems, so a bad edit to reference data stops start-up instead of surfacing mid-assessment.
 */
public final class FormDefinitionReader {

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * @param source what to call the file in messages (its path or resource name)
     */
    public FormDefinition read(String source, InputStream in) {
        FormDefinition definition;
        try {
            definition = yaml.readValue(in, FormDefinition.class);
        } catch (IOException e) {
            throw new FormDefinitionException(source, describe(e), e);
        }
        if (definition == null) {
            throw new FormDefinitionException(source, List.of("the file is empty"));
        }
        List<String> problems = new FormDefinitionCheck(definition).problems();
        if (!problems.isEmpty()) {
            throw new FormDefinitionException(source, problems);
        }
        return definition;
    }

    public FormDefinition readResource(String resourceName) {
        try (InputStream in = FormDefinitionReader.class.getClassLoader().getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new FormDefinitionException(resourceName, List.of("no such resource"));
            }
            return read(resourceName, in);
        } catch (IOException e) {
            throw new FormDefinitionException(resourceName, "cannot be read", e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "unreadable YAML" : e.getMessage().lines().findFirst().orElse("unreadable YAML");
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            message = json.getOriginalMessage().lines().findFirst().orElse(message)
                    + " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return message;
    }
}
