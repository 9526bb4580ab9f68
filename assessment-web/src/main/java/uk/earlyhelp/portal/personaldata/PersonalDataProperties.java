package uk.earlyhelp.portal.personaldata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How personal data in the event store is encrypted.
 *
 * @param masterKey      base64 of 32 bytes that wrap every assessment's key; from the environment or a secret store in
 *                       production, never from the database (a dump of the database must not be able to open itself)
 * @param masterKeyFile  where the embedded demo keeps a generated master key when {@code masterKey} is blank; it must be
 *                       backed up with the database but apart from it
 * @param generateMasterKey whether a blank {@code masterKey} may be generated into {@code masterKeyFile}: the embedded
 *                       default's convenience; the {@code postgres} profile turns it off, so production starts only with
 *                       a key it was given
 * @param aggregateTypes the aggregates whose events and snapshots are sealed, each with a key of its own
 * @param keyCacheTime   how long an unwrapped key stays in memory after its last use
 */
@ConfigurationProperties("portal.personal-data")
public record PersonalDataProperties(@DefaultValue("") String masterKey,
                                     @DefaultValue("./data/personal-data-master.key") Path masterKeyFile,
                                     @DefaultValue("true") boolean generateMasterKey,
                                     @DefaultValue("Assessment") Set<String> aggregateTypes,
                                     @DefaultValue("PT2M") Duration keyCacheTime) {
}
