package uk.earlyhelp.portal.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.earlyhelp.portal.security.Role;

/** Every account, found by its id or by its (lower-cased) email address. */
public interface Accounts extends JpaRepository<Account, String> {

    Optional<Account> findByEmail(String email);

    /** A coordinator's queue: confirmed requests of one locality, oldest first. */
    List<Account> findByLocalityAndStatusOrderByRequestedAtAsc(String locality, AccountStatus status);

    /** Everyone of one locality, for the coordinator's list of accounts. */
    List<Account> findByLocalityOrderByLastNameAscFirstNameAsc(String locality);

    List<Account> findByRoleAndLocalityAndStatus(Role role, String locality, AccountStatus status);

    /** The form an email address takes in the store: addresses are compared without regard to case. */
    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
