package uk.earlyhelp.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One step in an account's life: when, what, and who did it (a coordinator's or administrator's email address,
 * {@link Actors#SELF} or {@link Actors#SYSTEM}). Written once and never changed (information governance wants the
 * trail as it happened); the PostgreSQL table refuses updates and deletes too.
 */
@Entity
@Immutable
@Table(name = "account_history")
public class AccountHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String accountId;
    private Instant happenedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "what")
    private AccountChange change;
    private String actor;
    /** e.g. the reason a request was rejected; never a password or a token. */
    private String detail;

    protected AccountHistoryEntry() {
    }

    AccountHistoryEntry(String accountId, Instant happenedAt, AccountChange change, String actor, String detail) {
        this.accountId = accountId;
        this.happenedAt = happenedAt;
        this.change = change;
        this.actor = actor;
        this.detail = detail;
    }

    public String accountId() {
        return accountId;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public AccountChange change() {
        return change;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
