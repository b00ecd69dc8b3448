package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;

/**
 * Runs asynchronously on a job-executor thread: resolving it proves ${bean} reaches CDI, and its
 * audit entry proves the thread has JPA and a transaction.
 */
@Named("probeReviewNote")
@ApplicationScoped
public class ProbeReviewNote implements JavaDelegate {

  @Inject private AuditTrail auditTrail;

  @Override
  public void execute(DelegateExecution execution) {
    auditTrail.record(
        AuditEntry.change(
            "PROBE_JOB_RAN",
            "probe",
            execution.getBusinessKey(),
            Thread.currentThread().getName()));
  }
}
