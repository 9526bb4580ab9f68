package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.earlyhelp.portal.DemoSecondFactor;

/**
 * Plain HTTP to the running portal, keeping the session cookie by hand (no redirects followed), to see exactly what a
 * browser would be sent: headers, cookies and their attributes.
 */
public final class HttpBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    public String sessionCookie;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(http.send(withSession(HttpRequest.newBuilder(URI.create(base + path))).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    public HttpResponse<String> postForm(String path, String... nameValues) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return remember(http.send(withSession(HttpRequest.newBuilder(URI.create(base + path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Signs in through the sign-in page's own form, CSRF token and all, then the second step where there is one (staff:
     * the demo accounts' code; an account not enrolled yet enrols with the secret its page shows); returns the answer
     * to the last post.
     */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        String page = get("/sign-in").body();
        HttpResponse<String> signedIn = postForm("/sign-in", "email", email, "password", password, "_csrf", csrfToken(page));
        String next = signedIn.headers().firstValue("Location").orElse("");
        if (next.endsWith("/sign-in/code")) {
            String codePage = get("/sign-in/code").body();
            return postForm("/sign-in/code", "code", DemoSecondFactor.nextCode(email), "_csrf", csrfToken(codePage));
        }
        if (next.endsWith("/sign-in/enrol")) {
            String enrolPage = get("/sign-in/enrol").body();
            return postForm("/sign-in/enrol", "code", DemoSecondFactor.enrolmentCode(enrolPage), "_csrf", csrfToken(enrolPage));
        }
        return signedIn;
    }

    public static String csrfToken(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** The Set-Cookie header for {@code name}, if the response set it. */
    public static Optional<String> setCookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    private HttpRequest.Builder withSession(HttpRequest.Builder request) {
        return sessionCookie == null ? request : request.header("Cookie", "JSESSIONID=" + sessionCookie);
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        setCookie(response, "JSESSIONID").ifPresent(cookie -> sessionCookie = cookie.substring("JSESSIONID=".length(),
                cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')));
        return response;
    }
}
