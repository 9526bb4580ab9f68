package uk.earlyhelp.portal.cluster;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JPA token store as its auto-configuration builds it, but with this node's name as the owner of the segments
 * it claims. The claim timeout ({@code axon.eventhandling.tokenstore.claim-timeout}) is how long a segment whose
 * owner stopped renewing its claim (a node killed) waits before another node may take it over.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(@Qualifier("serializer") Serializer serializer, EntityManagerProvider entityManagers,
                          TokenStoreProperties properties, NodeName node) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.value())
                .build();
    }
}
