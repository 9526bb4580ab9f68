package uk.earlyhelp.portal.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitionException;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * Reads every form definition once at start-up. A broken file stops the portal with a message
 * naming the file and the problem: better no portal than one that fails half-way through an assessment.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FormProperties.class)
class FormDefinitionsConfiguration {

    @Bean
    FormDefinitions formDefinitions(FormProperties properties) throws IOException {
        FormDefinitionReader reader = new FormDefinitionReader();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<FormDefinition> definitions = new ArrayList<>();
        for (String location : properties.locations()) {
            for (Resource resource : resolver.getResources(location)) {
                try (InputStream in = resource.getInputStream()) {
                    definitions.add(reader.read(resource.getDescription(), in));
                }
            }
        }
        if (definitions.isEmpty()) {
            throw new FormDefinitionException(String.join(", ", properties.locations()), List.of("no form definition files found"));
        }
        return new FormDefinitions(definitions);
    }
}
