package uk.earlyhelp.portal.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production starts only with a master key it was given; the embedded demo makes one up once and keeps it. */
class MasterKeyTest {

    @TempDir
    Path directory;

    @Test
    void withNoKeyGivenAndGeneratingTurnedOffThePortalRefusesToStartAndSaysWhatToSet() {
        Path file = directory.resolve("master.key");

        assertThatThrownBy(() -> MasterKey.from(properties("", file, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EHP_PERSONAL_DATA_MASTER_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void theEmbeddedDefaultGeneratesAKeyOnceAndReadsTheSameOneOnTheNextStart() throws Exception {
        Path file = directory.resolve("data/master.key");

        byte[] first = MasterKey.from(properties("", file, true)).getEncoded();
        byte[] second = MasterKey.from(properties("", file, true)).getEncoded();

        assertThat(Files.exists(file)).isTrue();
        assertThat(first).hasSize(32).isEqualTo(second);
    }

    @Test
    void aGivenKeyIsUsedAndOneOfTheWrongLengthIsRefused() {
        byte[] given = new byte[32];
        given[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(given);

        assertThat(MasterKey.from(properties(base64, directory.resolve("unused"), false)).getEncoded()).isEqualTo(given);
        assertThatThrownBy(() -> MasterKey.from(properties(Base64.getEncoder().encodeToString(new byte[16]),
                directory.resolve("unused"), false))).hasMessageContaining("32 bytes");
    }

    private static PersonalDataProperties properties(String masterKey, Path file, boolean generate) {
        return new PersonalDataProperties(masterKey, file, generate, Set.of("Assessment"), Duration.ofMinutes(2));
    }
}
