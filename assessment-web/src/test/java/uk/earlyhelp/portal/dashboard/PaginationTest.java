package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void showsTheFirstAndLastPagesTheCurrentOneAndItsNeighboursWithEllipsesForTheGaps() {
        Pagination pagination = Pagination.of(10, 40, number -> "/?page=" + number);

        assertThat(labels(pagination)).containsExactly("1", "…", "9", "[10]", "11", "…", "40");
        assertThat(pagination.previousHref()).isEqualTo("/?page=9");
        assertThat(pagination.nextHref()).isEqualTo("/?page=11");
    }

    @Test
    void hasNoPreviousOnTheFirstPageAndNoNextOnTheLast() {
        assertThat(Pagination.of(1, 3, n -> "p" + n).previousHref()).isNull();
        assertThat(Pagination.of(3, 3, n -> "p" + n).nextHref()).isNull();
        assertThat(labels(Pagination.of(1, 3, n -> "p" + n))).containsExactly("[1]", "2", "3");
    }

    @Test
    void aSinglePageOrNoneHasNothingToPageThrough() {
        assertThat(Pagination.of(1, 1, n -> "p" + n).items()).hasSize(1);
        assertThat(Pagination.of(1, 0, n -> "p" + n).items()).isEmpty();
        assertThat(Pagination.of(1, 0, n -> "p" + n).nextHref()).isNull();
    }

    private static List<String> labels(Pagination pagination) {
        return pagination.items().stream()
                .map(item -> item.ellipsis() ? "…" : item.current() ? "[" + item.number() + "]" : String.valueOf(item.number()))
                .toList();
    }
}
