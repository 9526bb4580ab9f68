package uk.earlyhelp.portal.eventstore;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.AccountIdUpcasters;
import uk.earlyhelp.assessment.api.AccountIdsByEmail;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailedUpcaster;

/**
 * The domain's upcasters, which turn stored events of an older revision into the current one as they are read. Axon's
 * Spring Boot configuration puts every {@link EventUpcaster} bean into the chain the event store reads through (the
 * domain has no Spring to declare them itself). Each event processor and each aggregate load reads through it.
 */
@Configuration(proxyBeanMethods = false)
class EventUpcasters {

    @Bean
    EventUpcaster mosaicDeliveryFailedUpcaster() {
        return new MosaicDeliveryFailedUpcaster();
    }

    /** Addresses stored where account ids belong, read as account ids (ADR 0032). */
    @Bean
    AccountIdsByEmail accountIdsByEmail(JdbcTemplate jdbc) {
        return new AccountIdsFromAccounts(jdbc);
    }

    /** One chain of them, so Axon orders them as the domain lists them. */
    @Bean
    EventUpcaster accountIdUpcasters(AccountIdsByEmail accounts) {
        return new EventUpcasterChain(AccountIdUpcasters.all(accounts));
    }
}
