package uk.earlyhelp.portal.session;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A kept save's parameters as stored: the same {@code application/x-www-form-urlencoded} text a browser posts, so
 * what is replayed is exactly what was sent, repeated names and order included.
 */
final class FormBody {

    private FormBody() {
    }

    static String encode(Map<String, List<String>> parameters) {
        StringJoiner body = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value ->
                body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8))));
        return body.toString();
    }

    static LinkedMultiValueMap<String, String> decode(String body) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (body.isEmpty()) {
            return parameters;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            parameters.add(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
