package uk.earlyhelp.portal.security;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import uk.earlyhelp.portal.account.signin.SignInClient;
import uk.earlyhelp.portal.account.signin.TrustedBrowsers;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import uk.earlyhelp.portal.account.secondfactor.SecondStepFilter;
import uk.earlyhelp.portal.account.secondfactor.SecondStepOnSignIn;
import uk.earlyhelp.portal.audit.AuditPagesHidden;
import uk.earlyhelp.portal.session.KeepSaveAfterTimeout;
import uk.earlyhelp.portal.session.ResumeKeptSave;
import uk.earlyhelp.portal.session.SessionOwnerPass;

/**
 * Everything but the sign-in page, the information pages, the error page and static files needs a signed-in
 * user. CSRF protection stays on (Spring Security's default): every form carries the token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN = "/sign-in";
    static final String EMAIL_PARAMETER = "email";
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, KeepSaveAfterTimeout keepSaveAfterTimeout,
                                       ResumeKeptSave resumeKeptSave, SessionRegistry sessionRegistry,
                                       TrustedBrowsers trustedBrowsers, SessionOwnerPass pass,
                                       SecondStepOnSignIn secondStep) throws Exception {
        RequestCache requestCache = pagesOnly();
        SavedRequestAwareAuthenticationSuccessHandler backToTheAskedPage = new SavedRequestAwareAuthenticationSuccessHandler();
        backToTheAskedPage.setRequestCache(requestCache);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/accessibility", "/privacy", "/cookies", "/error").permitAll()
                        // The second step of signing in (account.secondfactor): after the password, before any role.
                        .requestMatchers("/sign-in/code", "/sign-in/enrol").authenticated()
                        // Asking for an account and resetting a password (account package) happen signed out.
                        .requestMatchers("/create-account", "/create-account/**", "/password-reset", "/password-reset/**")
                        .permitAll()
                        // A new staff account's holder sets their first password from an emailed link (account.invitation).
                        .requestMatchers("/set-password/**").permitAll()
                        .requestMatchers("/coordinator/**").hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        // The auditors' pages (audit package): auditors only, and "Page not found" for anyone else.
                        .requestMatchers(AuditPagesHidden.PATHS).hasRole(Role.AUDITOR.name())
                        // Asking to be linked to a child (relationship.links): practitioners only.
                        .requestMatchers("/relationships/**").hasRole(Role.PRACTITIONER.name())
                        // Starting and completing assessments (wizard, pdf): practitioners only. Staff never author
                        // one, and an auditor is read-only; each assessment is then its author's alone (OnlyTheAuthor).
                        .requestMatchers("/assessments", "/assessments/**").hasRole(Role.PRACTITIONER.name())
                        // The embedded default's mail outbox (mail package): for the developer at this machine.
                        .requestMatchers("/dev/outbox").access(LocalOrAdministrator.INSTANCE)
                        // Operations (issue 13): Actuator health and Prometheus metrics, for the machine's own scraper
                        // and monitoring, or a signed-in administrator. No personal data in them (MetricsAndHealthTest).
                        .requestMatchers("/actuator/**").access(LocalOrAdministrator.INSTANCE)
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.svg", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .usernameParameter(EMAIL_PARAMETER)
                        .passwordParameter("password")
                        .failureHandler(new SignInFailure())
                        // Failures count per address and client (account.signin.TrustedBrowsers): the browser's cookie.
                        .authenticationDetailsSource(SignInClient::of)
                        // The second factor first where one is needed (account.secondfactor, ADR 0022); only then is
                        // the browser marked as the address's own (ADR 0033), and a save kept because the session had
                        // ended (session package) replayed before anything else.
                        .successHandler(secondStep.before(trustedBrowsers.then(resumeKeptSave.orElse(backToTheAskedPage)))))
                .requestCache(cache -> cache.requestCache(requestCache))
                // Every signed-in session is registered (no limit on how many), so that a new password can end the
                // others (SignedInSessions); an ended session's next request goes to sign in.
                .sessionManagement(sessions -> sessions
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(SIGN_IN + "?sessionEnded"))
                // A refused CSRF token on a save from an ended session keeps the save (session package); else 403.
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(AuditPagesHidden.notFoundOr(keepSaveAfterTimeout))
                        .authenticationEntryPoint(AuditPagesHidden.notFoundOr(
                                pass.carryingOver(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        // Signed out, the ended session may keep no save (session.SessionOwnerPass).
                        .deleteCookies(SessionOwnerPass.NAME)
                        .logoutSuccessUrl(SIGN_IN + "?signedOut"))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> {})
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // No page uses a camera, a microphone, a location…; no other site's window keeps a handle on ours.
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new ContentSecurityPolicyFilter(), HeaderWriterFilter.class)
                // A sign-in waiting for its second step reaches nothing but that step.
                .addFilterBefore(new SecondStepFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * After signing in, the user goes back to the page they asked for, and never to whatever a signed-out page fetched
     * meanwhile (a font, a script, an autosave), which Spring Security would otherwise remember last.
     */
    private static RequestCache pagesOnly() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(request -> "GET".equals(request.getMethod()), html));
        return cache;
    }
}
