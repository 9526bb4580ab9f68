package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The portal's own time for a request, as a {@code Server-Timing: app;dur=<ms>, cpu;dur=<ms>} header: from the first
 * servlet filter (before Spring Security) until the whole page is rendered, in elapsed time and in the request thread's
 * CPU time. The CPU time hardly moves with the machine's load (elapsed time does, on a shared machine), so it is the
 * figure to compare when the portal's code changes. Only the benchmarks register it, through
 * {@link #registration()}; it is deliberately not a component, so no test's or production's context picks it up.
 * <p>
 * The page is buffered so the header can still be set after rendering: a page larger than the connector's buffer
 * would otherwise be committed, headers and all, before the time is known.
 */
final class ServerTimingFilter extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Adds the filter, outermost, to the portal about to start. */
    static ApplicationContextInitializer<GenericApplicationContext> registration() {
        return context -> context.registerBean("benchmarkServerTimingFilter", FilterRegistrationBean.class, () -> {
            FilterRegistrationBean<ServerTimingFilter> registration = new FilterRegistrationBean<>(new ServerTimingFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        // On an exception the half-rendered page is dropped, so the container's error page is sent as without the filter.
        chain.doFilter(request, buffered);
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        if (!response.isCommitted()) {
            response.setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.3f, cpu;dur=%.3f", millis, cpuMillis));
        }
        buffered.copyBodyToResponse();
    }
}
