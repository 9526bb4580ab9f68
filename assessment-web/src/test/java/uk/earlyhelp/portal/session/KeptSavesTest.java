package uk.earlyhelp.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import uk.earlyhelp.portal.PortalWebTest;

/** The store of saves posted after a session ended: single use, short-lived, and bounded. */
class KeptSavesTest extends PortalWebTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    SessionProperties properties;

    @Test
    void aKeptSaveIsTakenOnceOnlyAndIsGoneAfterItsLifetime() {
        KeptSave first = save("a-kept-1", "First words");
        KeptSave second = save("a-kept-2", "Second words");
        String firstToken = at(NOW).keep(first, Optional.empty()).orElseThrow();
        String secondToken = at(NOW).keep(second, Optional.empty()).orElseThrow();

        assertThat(at(NOW.plus(properties.keepSavesFor()).plusSeconds(1)).take(firstToken)).isEmpty();
        KeptSaves anHourLater = at(NOW.plus(Duration.ofHours(1)));
        assertThat(anHourLater.take(secondToken)).contains(second);
        assertThat(anHourLater.take(secondToken)).isEmpty();
        assertThat(properties.keepSavesFor()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aLaterSaveFromTheSameBrowserReplacesItsEarlierOne() {
        String earlier = at(NOW).keep(save("a-kept-3", "Typing…"), Optional.empty()).orElseThrow();
        String later = at(NOW).keep(save("a-kept-3", "Typing finished"), Optional.of(earlier)).orElseThrow();

        assertThat(at(NOW).take(earlier)).isEmpty();
        assertThat(at(NOW).take(later)).contains(save("a-kept-3", "Typing finished"));
    }

    @Test
    void theTableHoldsOnlyTheTokensHashAndNothingTooLargeIsKept() {
        String token = at(NOW).keep(save("a-kept-4", "Hashed"), Optional.empty()).orElseThrow();
        List<String> hashes = JdbcClient.create(dataSource)
                .sql("select token_hash from kept_save where assessment_id = 'a-kept-4'").query(String.class).list();
        assertThat(hashes).singleElement().asString().hasSize(64).isNotEqualTo(token).doesNotContain(token);

        assertThat(at(NOW).keep(save("a-kept-5", "x".repeat(KeptSaves.MAX_BODY_CHARACTERS)), Optional.empty())).isEmpty();
    }

    @Test
    void oneUserKeepsAFewSavesAtMostAndAnotherUserIsNotBlockedByThem() {
        String owner = "owner-" + java.util.UUID.randomUUID();
        for (int i = 0; i < KeptSaves.MAX_PER_OWNER; i++) {
            assertThat(at(NOW).keep(save("a-kept-6", "Save " + i, owner), Optional.empty())).isPresent();
        }
        assertThat(at(NOW).keep(save("a-kept-6", "One too many", owner), Optional.empty())).isEmpty();
        assertThat(at(NOW).keep(save("a-kept-7", "Someone else's", owner + "-other"), Optional.empty())).isPresent();
    }

    @Test
    void whatWasPostedComesBackExactlyRepeatedNamesAndAllCharactersIncluded() {
        LinkedMultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("presentingNeeds", "housing");
        posted.add("presentingNeeds", "parenting");
        posted.add("outcomeReason", "Siân & Zoë = “family” 100% + 2 lines\r\nsecond line");
        posted.add("empty", "");

        assertThat(FormBody.decode(FormBody.encode(posted))).isEqualTo(posted);
    }

    private KeptSaves at(Instant instant) {
        return new KeptSaves(dataSource, Clock.fixed(instant, ZoneOffset.UTC), properties);
    }

    private static KeptSave save(String assessmentId, String reason) {
        return save(assessmentId, reason, "owner-a");
    }

    private static KeptSave save(String assessmentId, String reason, String owner) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("outcomeReason", reason);
        return new KeptSave(assessmentId, "/assessments/" + assessmentId + "/sections/outcome", parameters, owner);
    }
}
