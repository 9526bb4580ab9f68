package uk.earlyhelp.portal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component's model: previous and next, the first and last pages, the current page and
 * its neighbours, and an ellipsis for each gap (as GOV.UK's guidance shows it).
 *
 * @param previousHref null on the first page
 * @param nextHref     null on the last page
 */
public record Pagination(String previousHref, String nextHref, List<Item> items) {

    /** One numbered link, or an ellipsis standing for the pages left out. */
    public record Item(int number, String href, boolean current, boolean ellipsis) {
    }

    /** @param current one-based, as in the page's URL */
    public static Pagination of(int current, int totalPages, IntFunction<String> href) {
        List<Item> items = new ArrayList<>();
        for (int number = 1; number <= totalPages; number++) {
            boolean shown = number == 1 || number == totalPages || Math.abs(number - current) <= 1;
            if (shown) {
                items.add(new Item(number, href.apply(number), number == current, false));
            } else if (!items.isEmpty() && !items.get(items.size() - 1).ellipsis()) {
                items.add(new Item(0, null, false, true));
            }
        }
        return new Pagination(
                current > 1 && totalPages > 0 ? href.apply(Math.min(current - 1, totalPages)) : null,
                current < totalPages ? href.apply(current + 1) : null,
                List.copyOf(items));
    }
}
