package uk.earlyhelp.portal.delivery;

import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.delivery.ParkedState;

/**
 * One parked delivery, ready to show.
 *
 * @param stateKey      message key of its state: parked for an administrator, or retrying automatically
 * @param nextAttemptAt when it is retried automatically; blank when only an administrator can retry it
 */
record ParkedRow(String assessmentId, String finishedAt, String stateKey, String stateTagClass, int attempts,
                 String reason, String parkedSince, String nextAttemptAt) {

    static ParkedRow of(ParkedDelivery parked, AdminTimes times) {
        boolean waitsForAnAdministrator = parked.state() == ParkedState.PARKED;
        return new ParkedRow(parked.assessmentId(), times.dayAndTime(parked.finishedAt()),
                "admin.deliveries.state." + parked.state().name(),
                waitsForAnAdministrator ? "govuk-tag--red" : "govuk-tag--yellow", parked.failedAttempts(),
                parked.reason(), times.dayAndTime(parked.firstFailedAt()), times.dayAndTime(parked.nextAttemptAt()));
    }
}
