package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseConsentRecording;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;

/**
 * Logs what a clinician sent, in one transaction: with evidence of consent, the request with its
 * reference, the patient's consent on file, its process started with its dates, and the
 * service-development check; without it, the request returned with only what its letter needs.
 */
@ApplicationScoped
public class RequestLogging {

  private final FundingRequests requests;
  private final IfrSteps steps;
  private final IfrDeadlines deadlines;
  private final CodeList treatments;
  private final CaseConsentRecording<FundingRequest> consents;
  private final IfrRetentionStart retention;
  private final PolicySignalling signalling;
  @Inject private IfrEvidence evidence;

  @Inject
  public RequestLogging(
      FundingRequests requests,
      IfrSteps steps,
      IfrDeadlines deadlines,
      @TreatmentList CodeList treatments,
      CaseConsents consents,
      IfrRetentionStart retention,
      PolicySignalling signalling) {
    this.requests = requests;
    this.steps = steps;
    this.deadlines = deadlines;
    this.treatments = treatments;
    this.consents = consents == null ? null : new CaseConsentRecording<>(steps, consents);
    this.retention = retention;
    this.signalling = signalling;
  }

  protected RequestLogging() {
    this(null, null, null, null, null, null, null);
  }

  /** Logs a request showing the patient's consent; a 400 naming the field for anything wrong. */
  @Transactional
  public FundingRequest log(NewRequest made) {
    treatments.require(made.treatmentCode(), "treatmentCode");
    FundingRequest request =
        FundingRequest.log(
            requests.nextReference(made.receivedOn().getYear()),
            made.patient(),
            made.clinician(),
            made.treatment(),
            made.consentEvidence(),
            made.receivedOn(),
            steps.callerName(),
            deadlines);
    requests.add(request);
    consents.record(
        request,
        shown -> ConsentSubject.of(shown.patient().name(), "patient"),
        ConsentGiver.thePerson(),
        ConsentPurpose.PROCESS_CASE,
        ConsentMethod.FORM,
        made.receivedOn().atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
    Map<String, Object> flags = new HashMap<>();
    flags.put("consentShown", true);
    flags.put("urgent", made.treatment().isUrgent());
    flags.put("screeningDue", IfrSteps.endOf(request.screening().due()));
    request.decisionDue().ifPresent(due -> flags.put("decisionDue", IfrSteps.endOf(due)));
    steps.startProcess(IfrProcessModels.PROCESS_KEY, request, flags);
    steps.audit(
        "IFR_LOGGED",
        request.id(),
        "treatment " + made.treatmentCode() + (made.treatment().isUrgent() ? "; urgent" : ""));
    signalling.check(request);
    return request;
  }

  /**
   * Logs a request with the evidence the clinician sent attached, all in one transaction: a
   * document refused leaves no request behind.
   */
  @Transactional
  public FundingRequest log(NewRequest made, List<DocumentUpload> documents) {
    FundingRequest request = log(made);
    documents.forEach(document -> evidence.attach(request.id(), document));
    return request;
  }

  /**
   * Records a request sent without evidence of consent as returned: the return letter goes to the
   * clinician, and only what it needs is kept.
   */
  @Transactional
  public FundingRequest returnForConsent(NewRequest made) {
    treatments.require(made.treatmentCode(), "treatmentCode");
    FundingRequest request =
        FundingRequest.returnedForConsent(
            requests.nextReference(made.receivedOn().getYear()),
            made.patient(),
            made.clinician(),
            made.treatmentCode(),
            made.receivedOn(),
            steps.callerName());
    requests.add(request);
    steps.startProcess(IfrProcessModels.PROCESS_KEY, request, Map.of("consentShown", false));
    steps.audit("IFR_RETURNED", request.id(), "no evidence of the patient's consent");
    retention.closed(request);
    return request;
  }
}
