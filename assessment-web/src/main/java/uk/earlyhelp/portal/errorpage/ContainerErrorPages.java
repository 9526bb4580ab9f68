package uk.earlyhelp.portal.errorpage;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import uk.earlyhelp.portal.security.ContentSecurityPolicyFilter;

/**
 * The error report of Tomcat's host, for what Tomcat refuses before any servlet or filter sees it (a path holding
 * {@code %00} or a malformed escape, an unparseable request line or header): the same GOV.UK page, or problem+json,
 * that {@link PortalErrorController} gives, never Tomcat's own page or its name and version. The portal's filters
 * never ran, so this writes the security headers they would have.
 */
final class ContainerErrorPages extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerErrorPages.class);

    private final Supplier<ITemplateEngine> templates;

    ContainerErrorPages(Supplier<ITemplateEngine> templates) {
        this.templates = templates;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            if (JsonAsked.by(request.getRequestURI(), request.getHeader("Accept"))) {
                write(response, "application/problem+json", ProblemJson.body(status));
            } else {
                String nonce = ContentSecurityPolicyFilter.newNonce();
                response.setHeader("Content-Security-Policy", ContentSecurityPolicyFilter.policy(nonce));
                write(response, "text/html", page(request, response, status, nonce));
            }
        } catch (IOException gone) {
            // The client has gone: nothing is left to answer.
        } catch (RuntimeException unrendered) {
            // The status alone is the answer. The type only: a message could quote the request.
            LOG.warn("The error page for status {} could not be written: {}", status, unrendered.getClass().getName());
        }
    }

    private String page(Request request, Response response, int status, String nonce) {
        ServletContext servletContext = portalContext().getServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(atRoot(request.getRequest(), servletContext), withPlainLinks(response.getResponse())), Locale.UK,
                Map.of("page", ErrorPages.messagesFor(status), "cspNonce", nonce));
        String view = status == 404 ? ErrorPages.NOT_FOUND : ErrorPages.EXPLAINED;
        return templates.get().process(view, context);
    }

    private Context portalContext() {
        for (Container child : getContainer().findChildren()) {
            if (child instanceof Context context) {
                return context;
            }
        }
        throw new IllegalStateException("no web application on this host");
    }

    private static void write(Response response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }

    /** A request Tomcat never mapped has no web application of its own: it is given the portal's, at the root. */
    private static HttpServletRequest atRoot(HttpServletRequest request, ServletContext portal) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getContextPath() {
                return "";
            }

            @Override
            public ServletContext getServletContext() {
                return portal;
            }

            // Tomcat's own attribute methods tell the (absent) application's listeners: the page's are kept here.
            private final Map<String, Object> attributes = new HashMap<>();

            @Override
            public Object getAttribute(String name) {
                return attributes.get(name);
            }

            @Override
            public Enumeration<String> getAttributeNames() {
                return Collections.enumeration(attributes.keySet());
            }

            @Override
            public void setAttribute(String name, Object value) {
                attributes.put(name, value);
            }

            @Override
            public void removeAttribute(String name) {
                attributes.remove(name);
            }
        };
    }

    /** Links as written: no session id is ever added to a URL (cookie-only tracking), and no context to ask. */
    private static HttpServletResponse withPlainLinks(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }

            @Override
            public String encodeRedirectURL(String url) {
                return url;
            }
        };
    }
}
