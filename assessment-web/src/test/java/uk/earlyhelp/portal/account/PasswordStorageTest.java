package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Acceptance 2: passwords are stored with a modern adaptive hash (Argon2id), and older hashes are upgraded. */
class PasswordStorageTest extends AccountWebTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChosenPasswordIsStoredOnlyAsAnArgon2idHash() throws Exception {
        Account account = approvedPractitioner(newAddress());

        assertThat(account.passwordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void aBcryptHashFromBeforeIsAcceptedAndReplacedByArgon2idAtTheNextSignIn() throws Exception {
        Account account = approvedPractitioner(newAddress());
        transactions.executeWithoutResult(status -> accounts.findById(account.id()).orElseThrow()
                .changePassword("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD)));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password(PASSWORD))
                .andExpect(authenticated());

        Account after = accounts.findById(account.id()).orElseThrow();
        assertThat(after.passwordHash()).startsWith("{argon2}");
        assertThat(after.lastSignedInAt()).isNotNull();
    }
}
