package uk.earlyhelp.portal.assessment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.Assessment;
import uk.earlyhelp.assessment.AssessmentLookup;

/** Makes {@code FetchAssessment} answerable: Axon finds the lookup's query handler on this bean. */
@Configuration(proxyBeanMethods = false)
class AssessmentLookupConfiguration {

    @Bean
    AssessmentLookup assessmentLookup(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new AssessmentLookup(() -> axon.getObject().repository(Assessment.class));
    }
}
