package uk.earlyhelp.portal.account.signin;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInAttempts extends JpaRepository<SignInAttempt, String> {

    /** Locked for the rest of the transaction: simultaneous failures for one address all count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SignInAttempt a where a.email = :email")
    Optional<SignInAttempt> findForUpdate(@Param("email") String email);

    /** Addresses tried long ago and never since: nothing about them matters any more. */
    @Modifying
    @Query("delete from SignInAttempt a where a.lastFailureAt < :before and (a.lockedUntil is null or a.lockedUntil < :before)")
    int forgetBefore(@Param("before") Instant before);
}
