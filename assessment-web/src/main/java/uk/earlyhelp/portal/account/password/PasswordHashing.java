package uk.earlyhelp.portal.account.password;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (the memory-hard hash OWASP recommends first), at OWASP's minimum
 * settings: 19 MiB, 2 iterations, 1 lane. Each stored hash names its algorithm ({argon2}…), so a later change
 * re-hashes at the next sign-in; bcrypt hashes ({bcrypt}…) are still accepted for that reason.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String CURRENT = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT, argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
