package uk.earlyhelp.portal.account.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;

/**
 * The portal's only way to check a password. An authentication manager of our own, with no parent, so that
 * Spring Security never adds its plain password check (which knows no throttling or lockout) behind it.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    AuthenticationManager authenticationManager(AccountSignIn signIn) {
        return new ProviderManager(signIn);
    }
}
