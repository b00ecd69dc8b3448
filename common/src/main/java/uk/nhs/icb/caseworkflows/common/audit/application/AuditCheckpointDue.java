package uk.nhs.icb.caseworkflows.common.audit.application;

import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;

/** A checkpoint to log once the transaction that reached it has committed. */
record AuditCheckpointDue(AuditCheckpoint checkpoint) {}
