package uk.earlyhelp.portal.eventstore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.AccountIdsByEmail;

/**
 * The accounts table as the upcasters' address book (ADR 0032): a plain JDBC look-up, so reading events never goes
 * through JPA or the accounts' rules. Found ids are remembered (an account's id never changes); a miss is asked again
 * next time, since the account may be created after its address was first met.
 */
class AccountIdsFromAccounts implements AccountIdsByEmail {

    private final JdbcTemplate jdbc;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    AccountIdsFromAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> accountIdOf(String email) {
        String id = known.get(email);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<String> found = jdbc.queryForList("select id from account where email = ?", String.class, email)
                .stream().findFirst();
        found.ifPresent(accountId -> known.put(email, accountId));
        return found;
    }
}
