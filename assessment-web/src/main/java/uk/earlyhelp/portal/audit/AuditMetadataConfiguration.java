package uk.earlyhelp.portal.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.api.ActingUser;

/**
 * Every stored event's metadata names the acting user (copied from the command) and a correlation
 * id and trace id (Axon's message origin), so an auditor can group what one request caused.
 */
@Configuration(proxyBeanMethods = false)
class AuditMetadataConfiguration {

    // Declared explicitly: defining any provider bean replaces Axon's default one.
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actingUserProvider() {
        return new SimpleCorrelationDataProvider(ActingUser.METADATA_KEY);
    }

    @Bean
    SmartInitializingSingleton actingUserRequiredOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new ActingUserRequired());
    }
}
