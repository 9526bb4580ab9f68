package uk.earlyhelp.portal.relationship.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a coordinator types in the records search: part of a name, a date of birth in the usual forms, or a mistake. */
class ChildSearchTest {

    @Test
    void nothingTypedIsNoSearch() {
        assertThat(ChildSearch.of("   ")).isEqualTo(new ChildSearch("", "", "", null));
        assertThat(ChildSearch.of(null).isEmpty()).isTrue();
    }

    @Test
    void wordsArePartOfANameAsTypedWithoutSurroundingSpaces() {
        assertThat(ChildSearch.of("  O'Brien ")).isEqualTo(new ChildSearch("O'Brien", "O'Brien", "", null));
        assertThat(ChildSearch.of("tom smi").namePart()).isEqualTo("tom smi");
    }

    @Test
    void aDateOfBirthIsReadDayFirstWithAnyUsualSeparatorOrAsAnIsoDate() {
        for (String typed : new String[] {"14/03/2019", "14/3/2019", "14-03-2019", "14.03.2019", "14 3 2019",
                "2019-03-14"}) {
            assertThat(ChildSearch.of(typed)).as(typed).satisfies(search -> {
                assertThat(search.dateOfBirth()).isEqualTo("2019-03-14");
                assertThat(search.namePart()).isEmpty();
                assertThat(search.isValid()).isTrue();
            });
        }
    }

    @Test
    void digitsThatAreNotARealDateAreAnErrorAndKeptAsTyped() {
        for (String typed : new String[] {"31/02/2019", "14/13/2019", "2019", "14/03/19", "1/1"}) {
            assertThat(ChildSearch.of(typed)).as(typed)
                    .isEqualTo(new ChildSearch(typed, "", "", "links.decision.search.error.date"));
        }
    }

    @Test
    void aSearchLongerThanAnyNameIsAnError() {
        assertThat(ChildSearch.of("a".repeat(201)).isValid()).isTrue();
        assertThat(ChildSearch.of("a".repeat(202)).errorKey()).isEqualTo("links.decision.search.error.tooLong");
    }
}
