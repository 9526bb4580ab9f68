package uk.earlyhelp.portal.assessment;

import uk.earlyhelp.assessment.api.DeliveryStatus;

/**
 * Where a submitted assessment's delivery into Mosaic stands, as a message key ({@code delivery.status.*}, whose one
 * argument is Mosaic's reference): My Assessments and the assessment's own page say it in the same words.
 */
public final class DeliveryStatusText {

    private DeliveryStatusText() {
    }

    /** @param status null only for an assessment finished before the status was kept: nothing known to have failed */
    public static String key(DeliveryStatus status) {
        return "delivery.status." + (status == null ? DeliveryStatus.SENDING : status).name();
    }
}
