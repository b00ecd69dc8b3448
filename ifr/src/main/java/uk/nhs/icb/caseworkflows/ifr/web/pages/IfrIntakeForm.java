package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.web.pages.DocumentField;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.web.pages.PatientFields;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;
import uk.nhs.icb.caseworkflows.ifr.application.NewRequest;
import uk.nhs.icb.caseworkflows.ifr.application.RequestLogging;
import uk.nhs.icb.caseworkflows.ifr.application.TreatmentList;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/**
 * The coordinator logs what a clinician sent: the patient (the kit's patient questions, with their
 * communication needs), the clinician, the treatment from the ICB's list, the case for it, and
 * whether it shows the patient's consent. Without consent it is recorded as returned, and only what
 * the return letter needs is kept.
 */
@ApplicationScoped
public class IfrIntakeForm implements CasePages.Intake {

  static final PatientFields PATIENT = new PatientFields("patient", "patient", null);

  static final Map<String, Integer> LIMITS =
      Map.ofEntries(
          Map.entry("patientName", 200),
          Map.entry("patientAddress", 1000),
          Map.entry("patientPostcode", 10),
          Map.entry("patientNeedsNote", 500),
          Map.entry("clinicianName", RequestingClinician.NAME_LENGTH),
          Map.entry("clinicianRole", RequestingClinician.NAME_LENGTH),
          Map.entry("clinicianOrganisation", RequestingClinician.NAME_LENGTH),
          Map.entry("clinicianAddress", 960),
          Map.entry("clinicianPostcode", 10),
          Map.entry("clinicianEmail", RequestingClinician.NAME_LENGTH),
          Map.entry("condition", TreatmentRequested.TEXT_LENGTH),
          Map.entry("whyExceptional", TreatmentRequested.TEXT_LENGTH),
          Map.entry("urgencyReason", TreatmentRequested.TEXT_LENGTH),
          Map.entry("consentEvidence", 1000),
          Map.entry("estimatedCost", 15));

  @Inject RequestLogging logging;
  @Inject @TreatmentList CodeList treatments;
  @Inject Clock clock;
  @Inject CurrentCaller caller;
  @Inject DocumentSettings documentSettings;

  /** The field of the evidence the clinician sent (a clinic letter, results), if on file. */
  static final String EVIDENCE = "evidence";

  private DocumentField evidence() {
    return new DocumentField(EVIDENCE, documentSettings.maxBytes());
  }

  /** Only a coordinator logs requests; to anyone else of the team the address does not exist. */
  private void requireCoordinator() {
    if (!caller.get().roles().contains(Roles.IFR_COORDINATOR)) {
      throw new NotFoundProblem("Only an IFR coordinator logs requests.");
    }
  }

  @Override
  public String path() {
    return "new";
  }

  @Override
  public String firstField() {
    return "patientName";
  }

  @Override
  public String banner() {
    return "Request logged";
  }

  @Override
  public PageView page(FormValues typed) {
    requireCoordinator();
    FormModel form =
        new FormModel(typed).date("receivedOn", "Date received", "Leave empty for today.");
    PATIENT.addTo(form);
    form.input(
            "clinicianName",
            "Requesting clinician's name",
            "The patient's NHS clinician: only they may apply.")
        .input("clinicianRole", "Their role", "For example, consultant rheumatologist")
        .input("clinicianOrganisation", "Their organisation", null)
        .textarea("clinicianAddress", "Where letters to them go", "One line each.")
        .input("clinicianPostcode", "Postcode", null)
        .input("clinicianEmail", "Their email", null)
        .radios(
            "treatmentCode",
            "Treatment requested",
            null,
            treatments.codes().stream()
                .map(code -> Fields.Option.of(code.code(), code.label()))
                .toList())
        .textarea("condition", "The condition", null)
        .textarea("whyExceptional", "Why the clinician says the patient is exceptional", null)
        .input("estimatedCost", "Estimated cost in pounds", "For example, 12500.00")
        .yesNo("urgent", "Is the request urgent?", "An urgent request goes to the chair's action.")
        .textarea("urgencyReason", "Why it is urgent", "Only for an urgent request.")
        .yesNo(
            "consentShown",
            "Does the request show the patient's consent to share with the ICB?",
            "Without it the request is returned to the clinician.")
        .textarea(
            "consentEvidence",
            "The evidence of consent",
            "For example, the signed consent section of the form.");
    return evidence()
        .askIn(form, "Evidence the clinician sent (optional; not kept if the request is returned)")
        .submit("Log the request", false)
        .page("Log a funding request", "ifr/intake", "new");
  }

  @Override
  public String submit(FormValues typed) {
    requireCoordinator();
    PastDays days = new PastDays(clock);
    DateInput.Result receivedOn = typed.date("receivedOn", "Date received", false);
    days.notAfterToday(typed, receivedOn);
    Supplier<AffectedPerson> patientTyped = PATIENT.read(typed, days);
    String clinicianName = typed.text("clinicianName", "Enter the clinician's name");
    String clinicianRole = typed.text("clinicianRole", "Enter the clinician's role");
    String organisation = typed.text("clinicianOrganisation", "Enter the clinician's organisation");
    List<String> address =
        typed.lines("clinicianAddress", "Enter where letters to the clinician go");
    String postcode = typed.text("clinicianPostcode", null);
    String email = typed.text("clinicianEmail", null);
    String treatment = typed.text("treatmentCode", "Select the treatment");
    Boolean consentShown =
        typed.yesNo("consentShown", "Select yes if the request shows the patient's consent");
    boolean returned = Boolean.FALSE.equals(consentShown);
    String condition = typed.text("condition", returned ? null : "Enter the condition");
    String why =
        typed.text("whyExceptional", returned ? null : "Enter why the patient is exceptional");
    String cost = typed.text("estimatedCost", returned ? null : "Enter the estimated cost");
    Boolean urgent = typed.yesNo("urgent", returned ? null : "Select yes if the request is urgent");
    String urgencyReason = typed.text("urgencyReason", null);
    String consentEvidence = typed.text("consentEvidence", null);
    Optional<DocumentUpload> document = evidence().readFrom(typed);
    AffectedPerson patient = patientTyped.get();
    if (!typed.errors().isEmpty() || patient == null) {
      return null;
    }
    LocalDate day = receivedOn.value().orElse(days.today());
    RequestingClinician clinician =
        typed.build(
            "clinicianName",
            () ->
                new RequestingClinician(
                    clinicianName, clinicianRole, organisation, address, postcode, email));
    if (!typed.errors().isEmpty()) {
      return null;
    }
    return CasePages.attempt(
        firstField(),
        typed,
        () -> {
          if (returned) {
            return logging
                .returnForConsent(new NewRequest(patient, clinician, treatment, null, null, day))
                .id();
          }
          TreatmentRequested asked =
              new TreatmentRequested(
                  treatment,
                  condition,
                  why,
                  amount(cost),
                  Boolean.TRUE.equals(urgent),
                  urgencyReason);
          return logging
              .log(
                  new NewRequest(patient, clinician, treatment, asked, consentEvidence, day),
                  document.stream().toList())
              .id();
        });
  }

  private static BigDecimal amount(String typed) {
    try {
      BigDecimal amount = new BigDecimal(typed.strip().replace(",", "").replace("£", ""));
      if (amount.precision() - amount.scale() <= 10) {
        return amount;
      }
    } catch (NumberFormatException notAnAmount) {
      // refused below
    }
    throw new InvalidInputException("estimatedCost", "Enter the cost in pounds, like 12500.00");
  }
}
