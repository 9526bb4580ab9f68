package uk.earlyhelp.portal.relationship;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;

/**
 * Relationship events name people by account id, never by email address or name (the event store keeps what it is
 * given for ever); this turns the signed-in user into their account and ids back into accounts for pages and emails.
 */
@Component
public class People {

    private final Accounts accounts;

    People(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Account account(PortalUser user) {
        return accounts.findById(user.id()).orElseThrow(() -> new IllegalStateException("A signed-in user has no account"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Account> byId(String accountId) {
        return accountId == null ? java.util.Optional.empty() : accounts.findById(accountId);
    }

    /** Display names by account id; an id with no account (e.g. "system") is left out. */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> accountIds) {
        return accounts.findAllById(accountIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
    }

    @Transactional(readOnly = true)
    public Map<String, Account> accounts(Collection<String> accountIds) {
        return accounts.findAllById(accountIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Account> coordinatorsOf(String locality) {
        return accounts.findByRoleAndLocalityAndStatus(Role.COORDINATOR, locality, AccountStatus.APPROVED);
    }
}
