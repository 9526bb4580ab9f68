package uk.earlyhelp.portal.account.signin;

import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.password.PasswordPolicy;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * Signs in with an email address and password. Every way of failing (no such address, wrong password, an account
 * not approved, a locked or throttled address) ends in the same exception, so the page says the same thing; and
 * every attempt that is not refused outright costs one password hash check, a made-up one for an unknown address,
 * so that the time taken does not tell either.
 * <p>
 * One exception: an expired account whose password was given correctly is told that it has expired, so its owner
 * knows to ask their coordinator. Only someone who knows the password learns it, so this reveals nothing to anyone
 * guessing which addresses have accounts; a throttled or locked address is refused before that, as always.
 */
@Component
public class AccountSignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final SignInLimits limits;
    private final SignedIn signedIn;
    private final PasswordEncoder encoder;
    /** Compared with when the address has no account: as slow as a real hash, and nobody's password. */
    private final String unknownAccountHash;

    private final TrustedBrowsers browsers;

    AccountSignIn(Accounts accounts, SignInLimits limits, SignedIn signedIn, PasswordEncoder encoder,
                  TrustedBrowsers browsers) {
        this.accounts = accounts;
        this.browsers = browsers;
        this.limits = limits;
        this.signedIn = signedIn;
        this.encoder = encoder;
        this.unknownAccountHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = Accounts.normalise(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        // Per address and client: the owner's own browsers keep their own count (TrustedBrowsers).
        String counted = browsers.counterKey(email, attempt.getDetails());
        if (!limits.mayTry(counted)) {
            throw refused();
        }
        Optional<Account> account = accounts.findByEmail(email);
        boolean matches = password.length() <= PasswordPolicy.MAX_LENGTH
                & encoder.matches(password, account.map(Account::passwordHash).orElse(unknownAccountHash));
        if (matches && account.isPresent() && account.get().status() == AccountStatus.EXPIRED) {
            throw new AccountExpiredException("Account expired");
        }
        if (!matches || account.isEmpty() || account.get().status() != AccountStatus.APPROVED) {
            limits.failed(counted, account);
            throw refused();
        }
        limits.cleared(counted);
        try {
            signedIn.record(account.get().id(), password);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // A coordinator changed the account at this very moment: the sign-in stands, its bookkeeping can wait.
        }
        PortalUser user = PortalUsers.of(account.get());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
