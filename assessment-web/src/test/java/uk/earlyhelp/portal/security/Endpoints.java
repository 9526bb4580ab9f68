package uk.earlyhelp.portal.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every address the running portal answers, read from Spring MVC itself (annotated controllers, and any view
 * controller), so a page added tomorrow is covered by the access tests without anyone listing it. Static files
 * (css, js, fonts, GOV.UK Frontend) are left out: they are public by design and hold nothing of anyone's.
 */
record Endpoints(List<Endpoint> all) {

    /** One method on one address pattern, e.g. POST /assessments/{assessmentId}/sections/{sectionId}. */
    record Endpoint(HttpMethod method, String pattern) {

        private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
        private static final Pattern ASSESSMENT_ADDRESS = Pattern.compile("^/assessments/\\{([^}]+)}.*");

        /** An address of one assessment: /assessments/{…}/…, whatever its variable is called. */
        boolean isAnAssessment() {
            return ASSESSMENT_ADDRESS.matcher(pattern).matches();
        }

        /** The address with each variable replaced by its sample; the assessment's own variable by {@code assessmentId}. */
        String path(String assessmentId, Map<String, String> samples) {
            Matcher own = ASSESSMENT_ADDRESS.matcher(pattern);
            String assessmentVariable = own.matches() ? own.group(1) : null;
            Matcher variables = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                String name = variables.group(1).replaceFirst(":.*", "");
                String value = name.equals(assessmentVariable) ? assessmentId : samples.get(name);
                if (value == null) {
                    throw new AssertionError("No sample value for {" + name + "} in " + pattern
                            + ": add one to the test's samples, so this address is tested too");
                }
                variables.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return variables.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * A controller of the tests' own classpath (e.g. errorpage.FailingEndpoints, which fails on purpose), not one the
     * portal ships: the checks over every endpoint are about the portal's.
     */
    private static boolean testOnly(HandlerMethod handler) {
        java.security.CodeSource source = handler.getBeanType().getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/test-classes/");
    }

    static Endpoints of(ApplicationContext context) {
        List<Endpoint> endpoints = new ArrayList<>();
        RequestMappingHandlerMapping annotated =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapped : annotated.getHandlerMethods().entrySet()) {
            if (testOnly(mapped.getValue())) {
                continue;
            }
            RequestMappingInfo info = mapped.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (!(handler instanceof ResourceHttpRequestHandler)) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                }
            });
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
        return new Endpoints(List.copyOf(endpoints.stream().distinct().toList()));
    }

    List<Endpoint> ofAssessments() {
        return all.stream().filter(Endpoint::isAnAssessment).toList();
    }
}
