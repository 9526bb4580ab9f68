package uk.earlyhelp.portal.audit;

/**
 * An assessment, child or account an auditor asked for that is not in the store (or an id that cannot be one). Answered
 * as the portal's "Page not found", as is any auditor page for anyone who is not an auditor.
 */
public class AuditNotFound extends RuntimeException {

    public AuditNotFound() {
        super("Nothing to audit under this id", null, false, false);
    }
}
