package uk.earlyhelp.query;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Lets JPA find the read-model entities of this module. Boot scans for entities (and Spring Data
 * repositories) in its "auto-configuration packages": the application's own package, plus those Axon adds
 * for its token, saga and dead-letter entities. {@code @EntityScan} would replace that list and lose
 * Axon's entities; adding this module's package to it keeps both.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
class ReadModelPackages {
}
