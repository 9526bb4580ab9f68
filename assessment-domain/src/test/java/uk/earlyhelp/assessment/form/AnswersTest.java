package uk.earlyhelp.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void aChoiceTickedTwiceIsKeptOnce() {
        Map<String, List<String>> normal = Answers.normalise(Map.of("presentingNeeds", List.of("housing", "parenting", "housing")));

        assertThat(normal).containsExactly(Map.entry("presentingNeeds", List.of("housing", "parenting")));
    }

    @Test
    void browserLineEndingsAreStoredAsSingleLineBreaks() {
        Map<String, List<String>> normal = Answers.normalise(Map.of("parentsViews", List.of("One\r\nTwo\rThree\nFour")));

        assertThat(Answers.first(normal, "parentsViews")).isEqualTo("One\nTwo\nThree\nFour");
    }

    @Test
    void blankValuesAndEmptyFieldsAreDroppedSoThatTheyDoNotCountAsChanges() {
        Map<String, List<String>> sent = new HashMap<>();
        sent.put("outcome", List.of("signpost"));
        sent.put("outcomeReason", Arrays.asList("", "  ", null));
        sent.put("otherNeed", List.of());
        sent.put("notes", null);

        assertThat(Answers.normalise(sent)).isEqualTo(Map.of("outcome", List.of("signpost")));
    }
}
