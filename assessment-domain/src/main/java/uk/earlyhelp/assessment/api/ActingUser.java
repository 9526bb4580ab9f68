package uk.earlyhelp.assessment.api;

/**
 * Who sent a command. Every command carries the acting user's id in its metadata under this key,
 * and Axon copies it onto the events the command causes, so an auditor can always tell who did what.
 */
public final class ActingUser {

    public static final String METADATA_KEY = "userId";

    private ActingUser() {
    }
}
