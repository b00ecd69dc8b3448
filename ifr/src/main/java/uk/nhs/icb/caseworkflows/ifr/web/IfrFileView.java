package uk.nhs.icb.caseworkflows.ifr.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.web.OpenStep;
import uk.nhs.icb.caseworkflows.common.audit.web.HistoryEntry;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentView;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentView;
import uk.nhs.icb.caseworkflows.common.letters.web.LetterSentView;
import uk.nhs.icb.caseworkflows.common.party.web.PatientView;
import uk.nhs.icb.caseworkflows.ifr.application.IfrFileReading.IfrFile;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;

/** A funding request as the coordinator reads it through REST, with the kit's views beside it. */
public record IfrFileView(
    String id,
    String reference,
    long version,
    String status,
    LocalDate receivedOn,
    PatientView patient,
    Clinician clinician,
    Treatment treatment,
    boolean consentShown,
    Screening screening,
    LocalDate completeOn,
    LocalDate decisionDue,
    Decision decision,
    Review review,
    int reconsiderations,
    List<NewInformation> newInformation,
    String outcomeReport,
    List<DocumentView> evidence,
    List<ConsentView> consents,
    List<OpenStep> openSteps,
    List<LetterSentView> letters,
    List<HistoryEntry> history,
    String caseworker) {

  public record Clinician(
      String name,
      String role,
      String organisation,
      List<String> addressLines,
      String postcode,
      String email) {}

  public record Treatment(
      String code,
      String label,
      String condition,
      String whyExceptional,
      BigDecimal estimatedCost,
      boolean urgent,
      String urgencyReason) {}

  /** New clinical information a reconsideration was asked on. */
  public record NewInformation(LocalDate receivedOn, String information) {}

  public record Screening(
      LocalDate due, boolean paused, int informationRequests, String outcome, String note) {}

  public record Decision(
      String outcome,
      boolean byChairsAction,
      String meetingId,
      LocalDate decidedOn,
      boolean significantlyDifferent,
      String significantlyDifferentReasons,
      boolean moreBenefit,
      String moreBenefitReasons,
      String reasons,
      String conditions,
      LocalDate fundingFrom,
      LocalDate fundingUntil,
      LocalDate outcomeReportDue,
      boolean awaitsNoting) {

    static Decision of(PanelDecision made) {
      return new Decision(
          made.outcome().name(),
          made.isByChairsAction(),
          made.meetingId().orElse(null),
          made.decidedOn(),
          made.criteria().significantlyDifferent(),
          made.criteria().significantlyDifferentReasons(),
          made.criteria().moreBenefit(),
          made.criteria().moreBenefitReasons(),
          made.reasons(),
          made.conditions(),
          made.fundingFrom(),
          made.fundingUntil(),
          made.outcomeReportDue().orElse(null),
          made.awaitsNoting());
    }
  }

  public record Review(
      String ground,
      String statedCase,
      LocalDate requestedOn,
      LocalDate due,
      String outcome,
      String reasons) {}

  /** Where a request's evidence documents are attached and downloaded. */
  static String documents(String requestId) {
    return "/api/ifr/" + requestId + "/documents";
  }

  static IfrFileView of(IfrFile file) {
    FundingRequest request = file.request();
    var clinician = request.clinician();
    var treatment = request.treatment();
    var screening = request.screening();
    return new IfrFileView(
        request.id(),
        request.reference().formatted(),
        request.version(),
        request.status().name(),
        request.receivedOn(),
        PatientView.of(request.patient()),
        new Clinician(
            clinician.name(),
            clinician.role(),
            clinician.organisation(),
            clinician.addressLines(),
            clinician.postcode(),
            clinician.email()),
        new Treatment(
            treatment.treatmentCode(),
            file.treatmentLabel(),
            treatment.condition(),
            treatment.whyExceptional(),
            treatment.estimatedCost(),
            treatment.isUrgent(),
            treatment.urgencyReason()),
        request.consentEvidence().isPresent(),
        screening == null
            ? null
            : new Screening(
                screening.due(),
                screening.isPaused(),
                screening.informationRequests(),
                screening.outcome().map(Enum::name).orElse(null),
                screening.note()),
        request.completeOn().orElse(null),
        request.decisionDue().orElse(null),
        request.decision().map(Decision::of).orElse(null),
        request
            .review()
            .map(
                asked ->
                    new Review(
                        asked.ground().name(),
                        asked.statedCase(),
                        asked.requestedOn(),
                        asked.due(),
                        asked.outcome().map(Enum::name).orElse(null),
                        asked.reasons()))
            .orElse(null),
        request.reconsiderations(),
        request.newInformation().stream()
            .map(received -> new NewInformation(received.receivedOn(), received.information()))
            .toList(),
        request.outcomeReport().orElse(null),
        file.evidence().stream()
            .map(document -> DocumentView.of(document, documents(request.id())))
            .toList(),
        file.records().consents().stream().map(ConsentView::of).toList(),
        file.records().openSteps().stream().map(OpenStep::of).toList(),
        file.records().letters().stream()
            .map(letter -> LetterSentView.of(FundingRequest.CASE_TYPE, request.id(), letter))
            .toList(),
        file.records().history().stream().map(HistoryEntry::of).toList(),
        file.caseworker().orElse(null));
  }
}
