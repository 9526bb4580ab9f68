package uk.earlyhelp.portal.audit.child;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.AuditPaths;

/**
 * The child records a coordinator made from an assessment's family members, for links from the assessment's timeline
 * to each child's. Only navigation reads the child-records read model; each timeline itself is read from the store.
 */
@Component
public class RecordedChildren {

    /** A family member with a child record: the member's name and the link to the record's timeline. */
    public record Link(String name, String href) {
    }

    private final JdbcTemplate jdbc;

    RecordedChildren(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param memberNames the assessment's family members' names by member id */
    public List<Link> of(String assessmentId, Map<String, String> memberNames) {
        return jdbc.query("select family_member_id, child_id from child_record where assessment_id = ? order by child_id",
                (rs, row) -> new Link(memberNames.getOrDefault(rs.getString(1), rs.getString(1)),
                        AuditPaths.child(rs.getString(2))), assessmentId);
    }
}
