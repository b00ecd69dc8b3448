package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading.WholeCase;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionProcess;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/**
 * The probe's one user action on a case: record the review's finding, which completes the review
 * step and closes the case. A probe case has no retention period of its own (the schedule has no
 * entry for it), so it is kept only until the day it closed and can be destroyed at once.
 */
@ApplicationScoped
public class ProbeReview {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Inject private ProbeSteps steps;
  @Inject private RetentionProcess retention;
  @Inject private Clock clock;
  @Inject private CaseFileReading reading;

  /** Completes the review of case {@code id}; returns the case's reference for the banner. */
  @Transactional
  public String complete(String id, String finding) {
    ProbeCase probe = steps.file(id);
    CaseTask review = steps.openStep(probe, ProbeTask.REVIEW, "its review");
    probe.close(finding);
    steps.complete(probe, review, Map.of("reviewed", true));
    steps.audit("PROBE_REVIEWED", id, "finding");
    LocalDate today = LocalDate.now(clock);
    RetainedRecord kept =
        RetainedRecord.start(new RecordClosed(ProbeCase.TYPE, id, probe.reference(), today), today);
    entityManager.persist(kept);
    retention.start(kept);
    return probe.reference();
  }

  /** What a form shows of a case, read in one transaction. */
  @Transactional
  public <T> T read(String id, Function<ProbeCase, T> reader) {
    return reader.apply(steps.file(id));
  }

  /** The case with what the kit keeps beside it; the read is audited. */
  @Transactional
  public ProbeFile file(String id) {
    WholeCase<ProbeCase> whole = reading.read(steps, id, "PROBE_READ", "the probe case");
    return new ProbeFile(whole.file(), whole.records());
  }
}
