package uk.nhs.icb.caseworkflows.ifr.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.ifr.application.TreatmentList;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.Review;

/**
 * The letters of a funding request, by the kind the model names: each goes to the requesting
 * clinician (who applied); the decision also goes to the patient, in the forms their communication
 * needs ask for.
 */
@ApplicationScoped
public class IfrLetterContents {

  public static final String ACKNOWLEDGEMENT = "ifr-acknowledgement";
  public static final String RETURNED = "ifr-returned";
  public static final String REQUEST_FOR_INFORMATION = "ifr-request-for-information";
  public static final String SCREENED_OUT = "ifr-screened-out";
  public static final String DECISION = "ifr-decision";
  public static final String DECISION_COPY = "ifr-decision-copy";
  public static final String REVIEW_OUTCOME = "ifr-review-outcome";

  private final IfrLetterSettings settings;
  private final CodeList treatments;
  private final IfrDeadlines deadlines;

  @Inject
  public IfrLetterContents(
      IfrLetterSettings settings, @TreatmentList CodeList treatments, IfrDeadlines deadlines) {
    this.settings = settings;
    this.treatments = treatments;
    this.deadlines = deadlines;
  }

  protected IfrLetterContents() {
    this(null, null, null);
  }

  /**
   * The letters of {@code kind} for the request; a reminder repeats the request for information.
   */
  public List<AddressedLetter> lettersOf(String kind, FundingRequest request, boolean reminder) {
    Map<String, Object> fields = common(request);
    switch (kind) {
      case ACKNOWLEDGEMENT -> {
        fields.put("screeningWorkingDays", deadlines.screeningWorkingDays());
        fields.put("urgentRoute", request.treatment().isUrgent());
      }
      case RETURNED -> {}
      case REQUEST_FOR_INFORMATION -> {
        fields.put("missing", List.of(request.screening().note()));
        fields.put(
            "replyBy",
            deadlines.informationReminder(
                request.screening().pausedOn().orElse(request.receivedOn())));
        fields.put("reminder", reminder);
      }
      case SCREENED_OUT -> {
        String outcome = request.screening().outcome().orElseThrow().name();
        fields.put("reason", request.screening().outcome().orElseThrow().reason());
        fields.put("route", settings.routeFor(outcome));
        fields.put("screeningNote", request.screening().note());
      }
      case DECISION -> {
        return decisionLetters(request, fields);
      }
      case REVIEW_OUTCOME -> {
        Review review = request.review().orElseThrow();
        fields.put("ground", review.ground().description());
        fields.put("upheld", review.outcome().orElseThrow().name().equals("UPHELD"));
        fields.put("reasons", review.reasons());
      }
      default -> throw new IllegalArgumentException("ifr.bpmn named an unknown letter " + kind);
    }
    return List.of(toClinician(kind, request, fields));
  }

  private List<AddressedLetter> decisionLetters(
      FundingRequest request, Map<String, Object> fields) {
    PanelDecision decision = request.decision().orElseThrow();
    fields.put("panel", Map.of("decidedOn", decision.decidedOn()));
    fields.put("approved", decision.outcome().isApproval());
    fields.put("byChairsAction", decision.isByChairsAction());
    List<String> conditions = new ArrayList<>(settings.standardConditions());
    if (decision.conditions() != null) {
      conditions.addAll(List.of(decision.conditions().split("\\R+")));
    }
    decision
        .outcomeReportDue()
        .ifPresent(
            due ->
                conditions.add(
                    "You send us a report of the treatment's outcome by "
                        + uk.nhs.icb.caseworkflows.common.text.Text.day(due)));
    fields.put("conditions", conditions);
    fields.put(
        "fundingPeriod",
        decision.outcome().isApproval()
            ? uk.nhs.icb.caseworkflows.common.text.Text.day(decision.fundingFrom())
                + " to "
                + uk.nhs.icb.caseworkflows.common.text.Text.day(decision.fundingUntil())
            : "");
    fields.put("howToArrange", settings.howToArrange());
    fields.put("reasons", decision.reasons());
    fields.put(
        "exceptionality",
        decision.criteria().significantlyDifferentReasons()
            + "\n"
            + decision.criteria().moreBenefitReasons());
    fields.put("reviewBy", deadlines.reviewRequestBy(decision.decidedOn()));
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put("clinician", Map.of("name", request.clinician().name()));
    Addressee patient = Addressee.of(request.patient());
    return List.of(
        toClinician(DECISION, request, fields),
        settings
            .team()
            .letter(
                DECISION_COPY,
                request.reference().formatted(),
                request.patient().nhsNumber(),
                patient,
                settings.chair(),
                copy));
  }

  private Map<String, Object> common(FundingRequest request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("patient", Map.of("name", request.patient().name()));
    fields.put("request", Map.of("receivedOn", request.receivedOn()));
    fields.put("treatment", treatments.labelOf(request.treatment().treatmentCode()));
    fields.put("contact", settings.contact());
    return fields;
  }

  private AddressedLetter toClinician(
      String kind, FundingRequest request, Map<String, Object> fields) {
    List<String> lines = new ArrayList<>();
    lines.add(request.clinician().role());
    lines.add(request.clinician().organisation());
    lines.addAll(request.clinician().addressLines());
    Addressee clinician =
        new Addressee(
            request.clinician().name(),
            lines,
            request.clinician().postcode(),
            request.clinician().name(),
            CommunicationNeeds.none());
    return kind.equals(DECISION)
        ? settings
            .team()
            .letter(
                kind,
                request.reference().formatted(),
                request.patient().nhsNumber(),
                clinician,
                settings.chair(),
                fields)
        : settings
            .team()
            .letter(
                kind,
                request.reference().formatted(),
                request.patient().nhsNumber(),
                clinician,
                fields);
  }
}
