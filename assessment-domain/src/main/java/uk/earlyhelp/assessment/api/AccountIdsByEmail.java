package uk.earlyhelp.assessment.api;

import java.util.Optional;

/**
 * Where an upcaster finds the account id for an email address that older events stored in place of it (ADR 0032). The
 * domain has no database: the portal gives the upcasters one backed by its accounts table.
 */
@FunctionalInterface
public interface AccountIdsByEmail {

    /** What an address no account holds (any more) is read as: the address itself never leaves the store. */
    String UNKNOWN_ACCOUNT = "unknown-account";

    Optional<String> accountIdOf(String email);

    /** An id as stored, with an email address put right; anything else (an account id, "system") as it was. */
    default String resolve(String storedId) {
        if (storedId == null || !storedId.contains("@")) {
            return storedId;
        }
        return accountIdOf(storedId.strip().toLowerCase(java.util.Locale.ROOT)).orElse(UNKNOWN_ACCOUNT);
    }
}
