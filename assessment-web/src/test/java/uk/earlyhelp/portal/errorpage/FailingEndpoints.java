package uk.earlyhelp.portal.errorpage;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two statuses none of the portal's own endpoints give today, made the way real code would make them: an exception
 * no handler expected (500), and a body of a type the endpoint does not take (415). Test code only (found by the
 * component scan of the tests' classpath); both sit behind sign-in like any page.
 */
@RestController
class FailingEndpoints {

    static final String UNEXPECTED = "/error-pages-test/unexpected";
    static final String JSON_ONLY = "/error-pages-test/json-only";

    @GetMapping(UNEXPECTED)
    String unexpected() {
        throw new IllegalStateException("a failure with details a visitor must not see: SELECT * FROM child");
    }

    @PostMapping(path = JSON_ONLY, consumes = MediaType.APPLICATION_JSON_VALUE)
    String jsonOnly() {
        return "{}";
    }
}
