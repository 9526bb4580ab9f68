package uk.earlyhelp.portal.errorpage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether an error is answered as problem+json rather than a page. Only where JSON was asked for: under
 * {@code /api/**} (the integrators' API), or an Accept header that names a JSON type and ranks no HTML above it.
 * A browser's Accept always names text/html, and {@code *}{@code /*} alone (curl, a bare client) asks for nothing,
 * so both get the page.
 */
final class JsonAsked {

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private JsonAsked() {
    }

    static boolean by(String path, String accept) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            return true;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            // Highest quality first; a stable sort keeps the client's order among equals.
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isWildcardType() || type.getQualityValue() == 0) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                    return false;
                }
                if (isJson(type)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || PROBLEM_JSON.equalsTypeAndSubtype(type)
                || (type.getSubtype() != null && type.getSubtype().endsWith("+json"));
    }
}
