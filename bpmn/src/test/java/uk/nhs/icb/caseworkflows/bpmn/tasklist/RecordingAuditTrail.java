package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;

/** Keeps what would have been audited, so tests can read it without a database of events. */
class RecordingAuditTrail extends AuditTrail {

  final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public AuditEvent record(AuditEntry entry) {
    entries.add(entry);
    return null;
  }
}
