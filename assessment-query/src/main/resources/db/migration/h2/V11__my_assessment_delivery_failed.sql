-- My Assessments tells a practitioner when Mosaic has not accepted a submitted assessment yet: set by the
-- my-assessments projection from MosaicDeliveryFailed (a reference, once delivered, says the rest).
-- The same on H2 and PostgreSQL.

alter table my_assessment add column mosaic_delivery_failed boolean default false not null;

-- Rows projected before this column existed: the reconciliation read model has counted the same events' failures,
-- so the column starts right without a replay of My Assessments.
update my_assessment set mosaic_delivery_failed = true
 where assessment_id in (select assessment_id from submission_delivery where failures_recorded > 0);
