package uk.earlyhelp.portal.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.errorpage.RawHttp.Answer;
import uk.earlyhelp.portal.security.HttpBrowser;

/**
 * Every 4xx and 5xx a browser can reach, over real HTTP: Spring MVC's, Spring Security's and those Tomcat answers
 * before any filter runs. Each is the portal's own GOV.UK page in the layout (or problem+json, only where JSON was
 * asked for), and none names the server or its version.
 */
class EveryErrorIsTheServicesOwnPageTest extends PortalWebTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PROBLEM = "Sorry, there is a problem with the service";
    private static final String BAD_REQUEST = "Sorry, the portal could not understand that request";

    private String cookie;
    private String csrf;

    @BeforeEach
    void signIn() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        csrf = HttpBrowser.csrfToken(browser.get("/").body());
        cookie = "Cookie: JSESSIONID=" + browser.sessionCookie;
    }

    @Test
    void tomcatsOwnRefusalsArePortalPages() throws Exception {
        for (String head : new String[] {
                "GET /assessments/%00 HTTP/1.1\r\nHost: localhost",
                "GET /assessments/%zz HTTP/1.1\r\nHost: localhost",
                "GET /a{b} HTTP/1.1\r\nHost: localhost",
                "GET /assessments HTTP/1.1\r\nHost: localhost\r\nA header line without a colon",
                "GET /assessments HTTP/1.1\r\nHost: not a host name"}) {
            Answer answer = RawHttp.send(port, head + "\r\nAccept: " + BROWSER_ACCEPT);
            assertPortalPage(answer, 400, BAD_REQUEST);
            assertThat(answer.hasHeader("Content-Security-Policy")).as(head).isTrue();
        }
        assertPortalPage(RawHttp.send(port, "GET / HTTP/9.9\r\nHost: localhost\r\nAccept: " + BROWSER_ACCEPT), 505, PROBLEM);
    }

    @Test
    void tomcatsRefusalIsProblemJsonOnlyWhenJsonWasAskedFor() throws Exception {
        Answer json = RawHttp.send(port, "GET /assessments/%00 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(json.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}");
        assertNothingOfTheServer(json);

        Answer api = RawHttp.send(port, "GET /api/v1/%00 HTTP/1.1\r\nHost: localhost");
        assertThat(api.headers()).containsIgnoringCase("Content-Type: application/problem+json");

        assertPortalPage(RawHttp.send(port, "GET /assessments/%00 HTTP/1.1\r\nHost: localhost\r\nAccept: */*"), 400, BAD_REQUEST);
    }

    @Test
    void aFormPostedWithoutItsFormIdIsAPageWhateverTheAcceptHeader() throws Exception {
        for (String accept : new String[] {BROWSER_ACCEPT, "*/*", null}) {
            String head = "POST /assessments HTTP/1.1\r\nHost: localhost\r\n" + cookie
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + ("_csrf=" + csrf).length()
                    + (accept == null ? "" : "\r\nAccept: " + accept);
            assertPortalPage(RawHttp.send(port, head, ("_csrf=" + csrf).getBytes(StandardCharsets.US_ASCII)), 400, BAD_REQUEST);
        }
    }

    @Test
    void unknownPagesWrongMethodsAndForbiddenPostsArePortalPages() throws Exception {
        assertPortalPage(get("/no-such-page", BROWSER_ACCEPT), 404, "Page not found");
        assertPortalPage(RawHttp.send(port, "PUT /assessments HTTP/1.1\r\nHost: localhost\r\n" + cookie
                + "\r\nX-CSRF-TOKEN: " + csrf + "\r\nContent-Length: 0\r\nAccept: " + BROWSER_ACCEPT), 405, BAD_REQUEST);
        assertPortalPage(RawHttp.send(port, "POST /assessments HTTP/1.1\r\nHost: localhost\r\n" + cookie
                + "\r\nContent-Length: 0\r\nAccept: " + BROWSER_ACCEPT), 403, "You cannot do that");
    }

    @Test
    void aBodyTooLargeOrOfTheWrongTypeIsAPortalPage() throws Exception {
        byte[] large = multipart(3 * 1024 * 1024);
        assertPortalPage(RawHttp.send(port, "POST /assessments HTTP/1.1\r\nHost: localhost\r\n" + cookie
                + "\r\nX-CSRF-TOKEN: " + csrf + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: "
                + large.length + "\r\nAccept: " + BROWSER_ACCEPT, large), 413, "Error: Import child records",
                "Import child records from a CSV file"); // the portal's only upload says so on its own page (UploadTooLarge)
        byte[] form = ("_csrf=" + csrf).getBytes(StandardCharsets.US_ASCII);
        assertPortalPage(RawHttp.send(port, "POST " + FailingEndpoints.JSON_ONLY + " HTTP/1.1\r\nHost: localhost\r\n" + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
                + "\r\nAccept: " + BROWSER_ACCEPT, form), 415, BAD_REQUEST);
    }

    @Test
    void anUnexpectedFailureIsAPortalPageAndTellsNothingOfIt() throws Exception {
        Answer answer = get(FailingEndpoints.UNEXPECTED, BROWSER_ACCEPT);
        assertPortalPage(answer, 500, PROBLEM);
        assertThat(answer.body()).doesNotContain("SELECT", "IllegalState", "child");
        assertPortalPage(get("/error", BROWSER_ACCEPT), 500, PROBLEM);
    }

    @Test
    void jsonOnlyWhereJsonWasAskedFor() throws Exception {
        Answer json = get("/no-such-page", "application/json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(json.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
        Answer failure = get(FailingEndpoints.UNEXPECTED, "application/problem+json");
        assertThat(failure.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
        // HTML ranked above JSON is a browser's ask: the page
        assertPortalPage(get("/no-such-page", "application/json;q=0.5, text/html"), 404, "Page not found");
    }

    private Answer get(String path, String accept) throws Exception {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + cookie + "\r\nAccept: " + accept);
    }

    private static void assertPortalPage(Answer answer, int status, String title) {
        assertPortalPage(answer, status, title, title);
    }

    private static void assertPortalPage(Answer answer, int status, String title, String heading) {
        assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
        assertThat(answer.headers()).containsIgnoringCase("Content-Type: text/html");
        assertThat(answer.body()).as("status %s", status)
                .contains("<title>" + title + " – Early Help Portal</title>", "govuk-template", "govuk-footer",
                        "<h1 class=\"govuk-heading-l\">" + heading + "</h1>")
                .doesNotContain("HTTP Status", "Exception", "Whitelabel", "\"timestamp\"");
        assertNothingOfTheServer(answer);
    }

    private static void assertNothingOfTheServer(Answer answer) {
        assertThat(answer.hasHeader("Server")).as(answer.headers()).isFalse();
        assertThat(answer.hasHeader("X-Powered-By")).isFalse();
        assertThat(answer.headers() + answer.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Apache");
    }

    private static byte[] multipart(int size) {
        byte[] head = ("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(head, head.length + size + tail.length);
        Arrays.fill(body, head.length, head.length + size, (byte) 'a');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }
}
