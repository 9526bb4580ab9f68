package uk.earlyhelp.portal.textinput;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.earlyhelp.assessment.form.TypedText;

/**
 * A request whose parameter names and values are cleaned by TypedText, read once from the request underneath.
 * Passwords are passed as typed: they are never printed or delivered, and a password set with any character must
 * still match at sign-in.
 */
final class CleanedParameters extends HttpServletRequestWrapper {

    private Map<String, String[]> cleaned;

    CleanedParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (cleaned == null) {
            Map<String, String[]> map = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> {
                String[] kept = values.clone();
                if (!isPassword(name)) {
                    for (int i = 0; i < kept.length; i++) kept[i] = TypedText.clean(kept[i]);
                }
                map.merge(TypedText.clean(name), kept, CleanedParameters::concat);
            });
            cleaned = Collections.unmodifiableMap(map);
        }
        return cleaned;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    private static boolean isPassword(String name) {
        return name.toLowerCase(Locale.ROOT).contains("password");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
