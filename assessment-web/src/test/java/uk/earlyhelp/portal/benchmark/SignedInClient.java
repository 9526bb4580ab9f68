package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.earlyhelp.portal.DemoSecondFactor;

/**
 * A browser's part, over real HTTP on loopback: signs in through the sign-in form (CSRF token and session cookie
 * included, as a browser would send them) and then fetches pages with the signed-in session. Cookies are kept by
 * hand: {@code java.net.CookieManager} is unreliable for a host without a dot, such as {@code localhost}.
 */
public final class SignedInClient {

    /** One page fetched: its body, the round trip seen by this client, and the portal's own times (NaN if not said). */
    public record Timed(int status, String body, long roundTripNanos, double serverMillis, double serverCpuMillis,
                        String location) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern APP_TIME = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern CPU_TIME = Pattern.compile("cpu;dur=([0-9.]+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    // Concurrent: one signed-in session may send many requests at once (the concurrency tests, LoadBenchmark).
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    public SignedInClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    private SignedInClient(int port, Map<String, String> cookies) {
        this(port);
        this.cookies.putAll(cookies);
    }

    /** The same browser (its cookies as they are now) sent to another node, as a load balancer may do. */
    public SignedInClient movedTo(int port) {
        return new SignedInClient(port, cookies);
    }

    public void signIn(String email, String password) throws IOException, InterruptedException {
        Timed form = get("/sign-in");
        Matcher token = CSRF.matcher(form.body());
        if (form.status() != 200 || !token.find()) {
            throw new AssertionError("sign-in page: HTTP " + form.status() + ", CSRF token found: false");
        }
        String body = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.endsWith("/sign-in")) {
            throw new AssertionError("signing in as " + email + ": HTTP " + signedIn.statusCode() + " to " + location);
        }
        if (location.endsWith("/sign-in/code")) {
            // Staff: the second step, with the demo accounts' authenticator code (README).
            Timed codePage = get("/sign-in/code");
            Timed passed = post("/sign-in/code", codePage, "code", DemoSecondFactor.nextCode(email));
            if (passed.status() != 302 || passed.location().contains("/sign-in")) {
                throw new AssertionError("second step as " + email + ": HTTP " + passed.status() + " to " + passed.location());
            }
        }
    }

    /** @param pathAndQuery already encoded */
    public Timed get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, "text/html");
    }

    /** @param accept what the client asks for: a page, or e.g. a monitoring scrape's text or JSON */
    public Timed get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", accept).GET().build();
        return timed(request);
    }

    /**
     * A form post, as the page's form would send it, with the CSRF token read from {@code page} (any page of this
     * session carries it). {@code fields} are name, value, name, value…; redirects are not followed.
     */
    public Timed post(String path, Timed page, String... fields) throws IOException, InterruptedException {
        return post(path, page, false, fields);
    }

    /**
     * As {@link #post(String, Timed, String...)}, with the headers a browser adds to a form posted from this site's own
     * page ({@code Origin}, {@code Sec-Fetch-Site}): what the portal asks of a save it keeps after a time-out.
     */
    public Timed postFromOurPage(String path, Timed page, String... fields) throws IOException, InterruptedException {
        return post(path, page, true, fields);
    }

    private Timed post(String path, Timed page, boolean fromOurPage, String... fields)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the page posted from (HTTP " + page.status() + ")");
        }
        StringBuilder body = new StringBuilder("_csrf=").append(encode(token.group(1)));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(query(fields[i], fields[i + 1]));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (fromOurPage) {
            request.header("Origin", base).header("Sec-Fetch-Site", "same-origin");
        }
        return timed(request.build());
    }

    private Timed timed(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        long roundTrip = System.nanoTime() - start;
        String timing = response.headers().firstValue(ServerTimingFilter.HEADER).orElse("");
        return new Timed(response.statusCode(), response.body(), roundTrip, millis(APP_TIME, timing), millis(CPU_TIME, timing),
                response.headers().firstValue("Location").orElse(""));
    }

    private static double millis(Pattern metric, String serverTiming) {
        Matcher found = metric.matcher(serverTiming);
        return found.find() ? Double.parseDouble(found.group(1)) : Double.NaN;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest withCookies = cookies.isEmpty() ? request : HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "))).build();
        HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String query(String name, String value) {
        return name + "=" + encode(value);
    }
}
