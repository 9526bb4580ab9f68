-- My Assessments says where a submitted assessment's delivery into Mosaic stands, in DOMAIN.md's four states
-- (uk.earlyhelp.assessment.api.DeliveryStatus): SENDING, RETRYING, PARKED ("Delivery failed – support notified"),
-- RECEIVED; null for drafts. The my-assessments projection sets it from AssessmentFinished, MosaicDeliveryFailed
-- (revision 2 says retrying or parked) and DeliveredToMosaic. It replaces mosaic_delivery_failed (V11), which could not
-- tell a delivery being retried from one parked for an administrator. The same on H2 and PostgreSQL.

alter table my_assessment add column delivery_status varchar(20);

-- Rows projected before: their failures were recorded as revision 1, which the MosaicDeliveryFailed upcaster reads as
-- retrying (docs/decisions/0011), so this is what a replay of My Assessments would give them.
update my_assessment set delivery_status = case
        when mosaic_reference is not null then 'RECEIVED'
        when mosaic_delivery_failed then 'RETRYING'
        else 'SENDING' end
 where status = 'SUBMITTED';

alter table my_assessment drop column mosaic_delivery_failed;
