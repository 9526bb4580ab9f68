package uk.earlyhelp.portal.account.token;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link's token as stored: its SHA-256 hash only, so that whoever reads the database (or a backup) cannot use
 * a link that is still valid. A 256-bit random token needs no slow hash: it cannot be guessed.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    private String tokenHash;
    private String accountId;
    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, String accountId, TokenPurpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now, TokenPurpose wanted) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    String accountId() {
        return accountId;
    }
}
