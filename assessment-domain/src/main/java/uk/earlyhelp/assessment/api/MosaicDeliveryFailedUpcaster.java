package uk.earlyhelp.assessment.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a stored {@link MosaicDeliveryFailed} of revision 1, which did not say what happens next, as revision 2 with
 * {@code retrying: true}. Why retrying (docs/decisions/0011): revision 1 was recorded both at a first failure and when
 * a delivery was parked, and only its free-text reason told them apart, which is no contract to parse; "retrying" is
 * the claim that stays true enough (the delivery is not yet in Mosaic, and administrators see its real state on their
 * page), whereas "support notified" would be false: no email was sent for those failures. A later failure records
 * the real state, and a delivery makes it "received" either way.
 */
public class MosaicDeliveryFailedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = MosaicDeliveryFailed.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, ObjectNode.class, payload -> payload.put("retrying", true));
    }
}
