package uk.earlyhelp.portal.account.token;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokens extends JpaRepository<AccountToken, String> {

    /** Uses a token in one statement, so that two clicks at once cannot both use it: 1 if this one did. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.tokenHash = :hash and t.purpose = :purpose"
            + " and t.usedAt is null and t.expiresAt > :now")
    int use(@Param("hash") String hash, @Param("purpose") TokenPurpose purpose, @Param("now") Instant now);

    /** Whether the account has a link for this purpose that still works. */
    @Query("select count(t) > 0 from AccountToken t where t.accountId = :accountId and t.purpose = :purpose"
            + " and t.usedAt is null and t.expiresAt > :now")
    boolean anyUsable(@Param("accountId") String accountId, @Param("purpose") TokenPurpose purpose,
                      @Param("now") Instant now);

    /** Ends every unused link of an account for one purpose (a newer link replaces them). */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
            + " and t.usedAt is null")
    int revoke(@Param("accountId") String accountId, @Param("purpose") TokenPurpose purpose, @Param("now") Instant now);
}
