package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading.WholeCase;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseRecords;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;

/** Reads a CHC case whole, as one audited read, for its page and its REST view. */
@ApplicationScoped
public class ChcFileReading {

  /** What a reader gets from a case: given to the caller's view inside the transaction. */
  public interface Reader<T> {
    T read(ChcFile file);
  }

  /**
   * Everything a reader may show of one CHC case.
   *
   * @param mayShareWithFamily whether consent (or what stands in for it) lets the ICB write to the
   *     family and representatives about the person
   */
  public record ChcFile(
      ChcCase chcCase,
      CaseRecords records,
      List<CapacityAssessment> capacityAssessments,
      boolean mayShareWithFamily,
      Optional<String> caseworker) {}

  private final ChcSteps steps;
  private final CaseFileReading reading;
  private final CaseConsents consents;
  private final ChcConsentRecording consentRecording;

  @Inject
  public ChcFileReading(
      ChcSteps steps,
      CaseFileReading reading,
      CaseConsents consents,
      ChcConsentRecording consentRecording) {
    this.steps = steps;
    this.reading = reading;
    this.consents = consents;
    this.consentRecording = consentRecording;
  }

  protected ChcFileReading() {
    this(null, null, null, null);
  }

  @Transactional
  public <T> T read(String id, Reader<T> reader) {
    WholeCase<ChcCase> whole = reading.read(steps, id, "CHC_CASE_READ", "the CHC case");
    return reader.read(
        new ChcFile(
            whole.file(),
            whole.records(),
            consents.capacityAssessmentsOf(ChcCase.CASE_TYPE, id),
            consentRecording.mayShareWithFamily(whole.file()),
            whole.caseworker()));
  }
}
