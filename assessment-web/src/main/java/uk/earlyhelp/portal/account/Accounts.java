package uk.earlyhelp.portal.account;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.earlyhelp.portal.security.Role;

/** Every account, found by its id or by its (lower-cased) email address. */
public interface Accounts extends JpaRepository<Account, String> {

    Optional<Account> findByEmail(String email);

    /** A coordinator's queue: confirmed requests of one locality, oldest first. */
    List<Account> findByLocalityAndStatusOrderByRequestedAtAsc(String locality, AccountStatus status);

    /** Everyone of one locality, for the coordinator's list of accounts. */
    List<Account> findByLocalityOrderByLastNameAscFirstNameAsc(String locality);

    List<Account> findByRoleAndLocalityAndStatus(Role role, String locality, AccountStatus status);

    /** Staff accounts (coordinators, auditors, administrators) for the administrator's list. */
    List<Account> findByRoleInOrderByLastNameAscFirstNameAsc(Collection<Role> roles);

    boolean existsByRoleAndStatus(Role role, AccountStatus status);

    /**
     * The accounts of a role and status, locked until the transaction ends: two administrators removing each other at
     * once are taken one after the other, so the second sees that the first left only one administrator.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = :role and a.status = :status")
    List<Account> lockByRoleAndStatus(@Param("role") Role role, @Param("status") AccountStatus status);

    /** The form an email address takes in the store: addresses are compared without regard to case. */
    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
