package uk.earlyhelp.portal.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
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

    /** Everyone of a role in a state, e.g. the administrators who can sign in. */
    List<Account> findByRoleAndStatus(Role role, AccountStatus status);

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

    /**
     * One account, locked until the transaction ends: two portals sweeping for expiry at once take it one after the
     * other, and the second sees what the first decided (so a warning or an expiry email goes once).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> lockById(@Param("id") String id);

    /**
     * Approved accounts last used at or before the cut-off that hold a link, by the linked-children read model
     * ({@code linked_child}, the projection of links granted and not ended). Accounts without links are never read.
     * The read model may lag the events by moments: the sweep confirms each answer on the practitioner's aggregate.
     */
    @Query(value = """
            select a.id from account a
            where a.status = 'APPROVED' and a.last_used_at <= :usedBefore
              and exists (select 1 from linked_child l where l.practitioner_id = a.id)""", nativeQuery = true)
    List<String> linkedAndUnusedSince(@Param("usedBefore") Instant usedBefore);

    /**
     * Expired accounts that the read models still show with a link ({@code linked_child}: an expiry cut short) or with
     * a request waiting for a coordinator ({@code link_request}, by its practitioner index: a request left pending by
     * an expiry before requests were closed with the links).
     */
    @Query(value = """
            select a.id from account a
            where a.status = 'EXPIRED'
              and (exists (select 1 from linked_child l where l.practitioner_id = a.id)
                   or exists (select 1 from link_request r where r.practitioner_id = a.id and r.status = 'PENDING'))""",
            nativeQuery = true)
    List<String> expiredWithLinksOrRequests();

    /** The form an email address takes in the store: addresses are compared without regard to case. */
    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
