package uk.earlyhelp.portal.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AddInvolvedProfessional;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;

/**
 * A complete assessment as commands, sized at will: the printing tests' family (names that need Latin Extended and
 * Vietnamese glyphs, markup typed into answers) and the benchmark's large one. Public for the benchmark.
 */
public final class AssessmentScript {

    public static final String FORM = "early-help-assessment";
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String BOLD = "<b>bold</b>";
    static final List<String> NAMES = List.of("Zoë Nguyễn", "Łukasz Nguyễn", "Siân Nguyễn", "Mary Smith");

    private final String id;
    private final String author;
    private int members = NAMES.size();
    private int actions = 1;
    private int narrativeLength = 0;

    public AssessmentScript(String id, String author) {
        this.id = id;
        this.author = author;
    }

    public AssessmentScript members(int count) {
        this.members = count;
        return this;
    }

    public AssessmentScript actions(int count) {
        this.actions = count;
        return this;
    }

    /** Every narrative (4,000-character) answer filled to this length; 0 for short, realistic answers. */
    public AssessmentScript narratives(int length) {
        this.narrativeLength = length;
        return this;
    }

    /** Only started: nothing answered yet. */
    public List<Object> started() {
        return List.of(new StartAssessment(id, FORM, author));
    }

    /** Everything up to, not including, Finish: a draft with every section complete. */
    public List<Object> draft() {
        List<Object> commands = new ArrayList<>();
        commands.add(new StartAssessment(id, FORM, author));
        for (int m = 1; m <= members; m++) {
            commands.add(new AddFamilyMember(id, "m" + m, member(m)));
        }
        commands.add(new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                "childDevelopment", List.of(narrative("Zoë is meeting her milestones; her speech is a little behind.\nShe loves drawing.")),
                "parentingCapacity", List.of(narrative("Warm and caring; struggling with routines since the move.")),
                "familyEnvironment", List.of(narrative("Temporary accommodation, one bedroom. Tom & Jerry's café nearby.")),
                "voiceOfChild", List.of(narrative("She said: \"I want my own bed.\" " + SCRIPT)),
                "parentsViews", List.of(narrative("Mary wants help with housing and sleep.")))));
        // Typed decomposed (a + combining circumflex), as some keyboards send it: printed as "Siân".
        commands.add(new AddInvolvedProfessional(id, "p1", Map.of("role", List.of("Health visitor"),
                "name", List.of("Sia\u0302n Evans"), "agency", List.of("NHS Trust"), "contact", List.of("01632 960001"))));
        for (int a = 1; a <= actions; a++) {
            commands.add(new AddActionPlanRow(id, "r" + a, action(a)));
        }
        commands.add(new SaveSection(id, "consent", Map.of("agreedBy", List.of("Mary Smith"),
                "agreedByRelationship", List.of("Mother"), "childAgreed", List.of("not-old-enough"),
                "consentDate", List.of("2026-01-05"), "consentMethod", List.of("written"),
                "sharingAgencies", List.of("School, health visiting, housing"), "refusedOrWithdrawn", List.of("yes"),
                "refusalNotes", List.of(narrative("The father withdrew agreement to sharing with the police.")))));
        commands.add(new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))));
        commands.add(new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of(narrative("Housing and health needs: several agencies.")))));
        commands.add(new SaveSection(id, "your-details", Map.of("name", List.of("Łukasz Nowak"),
                "jobTitle", List.of("Family support worker"), "organisation", List.of("Riverside Primary School"),
                "email", List.of("l.nowak@example.org"), "phone", List.of("01632 960000"), "locality", List.of("North"),
                "completedOn", List.of("2026-01-05"))));
        commands.add(new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))));
        return commands;
    }

    public List<Object> finished() {
        List<Object> commands = new ArrayList<>(draft());
        commands.add(new FinishAssessment(id));
        return commands;
    }

    private Map<String, List<String>> member(int m) {
        Map<String, List<String>> details = new HashMap<>();
        details.put("name", List.of(NAMES.get((m - 1) % NAMES.size()) + (m > NAMES.size() ? " " + m : "")));
        details.put("dateOfBirth", List.of(LocalDate.of(1990, 5, 9).plusYears(m % 25).toString()));
        details.put("gender", List.of(m % 2 == 0 ? "male" : "female"));
        details.put("placeOfWork", List.of(m == 1 ? "Riverside Primary " + BOLD : "Not currently working"));
        details.put("relationship", List.of(m == 1 ? "subject-child" : "other-relative"));
        details.put("ethnicity", List.of(m % 3 == 0 ? "white-british" : "mixed-white-asian"));
        return details;
    }

    private Map<String, List<String>> action(int a) {
        return Map.of("ffIndicator", List.of("secure-housing"), "familyMembers", List.of("m1", "m2"),
                "need", List.of(cell("Settled housing, need " + a + ".")),
                "action", List.of(cell("Housing application with support.")),
                "who", List.of("Family support worker"), "byWhen", List.of("2027-03-31"),
                "hopedOutcome", List.of(cell("Family in a two-bedroom home.")));
    }

    private String narrative(String start) {
        return fill(start, narrativeLength);
    }

    // Table cells of the large assessment: a few sentences each, as practitioners write them.
    private String cell(String start) {
        return fill(start, narrativeLength == 0 ? 0 : 300);
    }

    private static String fill(String start, int length) {
        if (length <= start.length()) return start;
        StringBuilder text = new StringBuilder(start);
        String[] words = {"family", "school", "support", "housing", "health", "Zoë", "routine", "sleep", "visits", "agreed"};
        for (int i = 0; text.length() < length; i++) {
            text.append(i % 12 == 0 ? ". " : " ").append(words[i % words.length]);
        }
        return text.substring(0, length);
    }
}
