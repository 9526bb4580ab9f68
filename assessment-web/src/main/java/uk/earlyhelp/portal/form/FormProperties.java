package uk.earlyhelp.portal.form;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the form definitions are.
 *
 * @param locations Spring resource patterns of the YAML definition files; a council adds its own
 *                  files (e.g. {@code file:/etc/early-help/forms/*.yaml}) beside the shipped ones
 */
@ConfigurationProperties("portal.forms")
public record FormProperties(java.util.List<String> locations) {

    public FormProperties {
        if (locations == null || locations.isEmpty()) {
            locations = java.util.List.of("classpath*:forms/*.yaml");
        }
    }
}
