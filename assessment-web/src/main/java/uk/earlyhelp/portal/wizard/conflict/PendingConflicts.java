package uk.earlyhelp.portal.wizard.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.SectionSaveOutcome;

/**
 * The answers a section's save could not apply because another tab had changed them too (table
 * {@code section_conflict}), kept until the practitioner chooses on the conflict page: in the database, so neither a
 * reload nor a session time-out loses them. Only this page's texts: the other tab's are the assessment's own.
 */
@Component
public class PendingConflicts {

    private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    PendingConflicts(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** Keeps this page's side of a save's conflicts, replacing any kept for that section before (the latest typing). */
    public void keep(String assessmentId, String sectionId, SectionSaveOutcome saved) {
        Map<String, List<String>> mine = new LinkedHashMap<>();
        saved.conflicts().forEach((field, conflict) -> mine.put(field, conflict.mine()));
        String json = write(mine);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (replace(assessmentId, sectionId, json, now)) return;
        try {
            jdbc.sql("insert into section_conflict (assessment_id, section_id, mine_json, kept_at) values (?, ?, ?, ?)")
                    .params(assessmentId, sectionId, json, now).update();
        } catch (DuplicateKeyException raced) {
            replace(assessmentId, sectionId, json, now); // the same section's other save kept its row first
        }
    }

    /** The answers kept for the section, if there is a conflict to settle there (callers check the author first). */
    public Optional<Map<String, List<String>>> find(String assessmentId, String sectionId) {
        return jdbc.sql("select mine_json from section_conflict where assessment_id = ? and section_id = ?")
                .params(assessmentId, sectionId).query(String.class).optional().map(this::read);
    }

    private boolean replace(String assessmentId, String sectionId, String json, OffsetDateTime now) {
        return jdbc.sql("update section_conflict set mine_json = ?, kept_at = ? where assessment_id = ? and section_id = ?")
                .params(json, now, assessmentId, sectionId).update() == 1;
    }

    public void discard(String assessmentId, String sectionId) {
        jdbc.sql("delete from section_conflict where assessment_id = ? and section_id = ?").params(assessmentId, sectionId)
                .update();
    }

    private String write(Map<String, List<String>> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answers are strings: they always write as JSON", e);
        }
    }

    private Map<String, List<String>> read(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("section_conflict holds only what keep() wrote", e);
        }
    }
}
