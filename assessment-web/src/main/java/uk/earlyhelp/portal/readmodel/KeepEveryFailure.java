package uk.earlyhelp.portal.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * The dead-letter policy of every processor without one of its own (the Mosaic projector has its own): a failing
 * event is always kept, never evicted, with a count of its failures. The cause is stored by the exception's type and
 * where it was thrown, never its message: a database's message can quote the row, and the row is a family's.
 */
final class KeepEveryFailure implements EnqueuePolicy<EventMessage<?>> {

    static final String FAILURES = "failures";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        long failures = failures(letter.diagnostics()) + 1;
        return Decisions.requeue(new HandlerFailure(describe(cause)),
                ignored -> letter.diagnostics().and(FAILURES, failures));
    }

    static long failures(MetaData diagnostics) {
        return diagnostics.get(FAILURES) instanceof Number count ? count.longValue() : 0;
    }

    /** The innermost cause's type, and the first place in the portal's own code it passed through. */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = root.getClass().getName();
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("uk.earlyhelp.")) {
                    return type + " at " + frame.getClassName() + "." + frame.getMethodName() + ":"
                            + frame.getLineNumber();
                }
            }
        }
        return type;
    }

    /** What the queue stores as the cause. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(String description) {
            super(description, null, false, false);
        }
    }
}
