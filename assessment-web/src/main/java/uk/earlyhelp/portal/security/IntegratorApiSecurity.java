package uk.earlyhelp.portal.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import uk.earlyhelp.feed.api.ApiClientAuthentication;
import uk.earlyhelp.feed.api.BearerTokens;
import uk.earlyhelp.feed.api.CallRecording;
import uk.earlyhelp.feed.api.RateLimit;
import uk.earlyhelp.feed.client.ApiCalls;
import uk.earlyhelp.feed.client.IntegratorProperties;

/**
 * The integrators' API ({@code /api/**}, event-feed module) is a machine interface with a chain of its own, ahead of
 * the pages': a bearer token on every request, no session, no CSRF (there is no cookie to forge a request with), no
 * cookies, no sign-in redirects; refusals are problem+json. A page session never reaches the API, nor a token a page.
 */
@Configuration(proxyBeanMethods = false)
class IntegratorApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain integratorApi(HttpSecurity http, BearerTokens bearerTokens, ApiCalls calls,
                                      IntegratorProperties properties) throws Exception {
        CallRecording recording = new CallRecording(calls);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // A live stream's later dispatches (Server-Sent Events) were authorised when it opened.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .anyRequest().hasAuthority(ApiClientAuthentication.INTEGRATOR))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(bearerTokens))
                .addFilterAfter(bearerTokens.filter(), LogoutFilter.class)
                .addFilterAfter(recording, AuthenticationFilter.class)
                .addFilterAfter(new RateLimit(properties), CallRecording.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> { }));
        return http.build();
    }
}
