package uk.earlyhelp.portal.integrator;

/** A client id that is not there (or already revoked, for a rotation): the portal's "Page not found". */
class IntegratorNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IntegratorNotFound() {
        super("No such integrator client", null, false, false);
    }
}
