package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * A consent on a CHC case: to the assessment, or to sharing with named family and representatives;
 * given by the person, their attorney or deputy, or as a best-interests decision, as the capacity
 * record allows.
 */
@ApplicationScoped
public class ConsentForm extends ChcStepForm {

  private static final List<Fields.Option> PURPOSES =
      List.of(
          Fields.Option.of(ConsentPurpose.PROCESS_CASE.name(), "The assessment"),
          Fields.Option.of(
              ConsentPurpose.SHARE_WITH_FAMILY.name(),
              "Sharing with named family and representatives"));

  private static final List<Fields.Option> GIVERS =
      List.of(
          Fields.Option.of(ConsentGivenAs.THE_PERSON.name(), "The person"),
          Fields.Option.of(
              ConsentGivenAs.REPRESENTATIVE.name(),
              "Their attorney for health and welfare or deputy"),
          Fields.Option.of(
              ConsentGivenAs.BEST_INTERESTS_DECISION.name(),
              "A best-interests decision (recorded with the capacity assessment)"));

  @Inject ChcConsentRecording consents;

  public ConsentForm() {
    super(
        "consent",
        "Record a consent",
        "purpose-" + ConsentPurpose.PROCESS_CASE.name(),
        Set.of(Roles.CHC_ASSESSOR),
        null,
        false);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .radios("purpose", "Consent to what?", null, PURPOSES)
        .radios("givenAs", "Given by", null, GIVERS)
        .radios("method", "How was it given?", null, Fields.Option.words(ConsentMethod.values()))
        .date("givenOn", "When was it given?", "For example, 20 11 2026")
        .submit("Record the consent", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    ConsentPurpose purpose =
        typed.choice(
            "purpose",
            ConsentPurpose.class,
            ConsentPurpose.PROCESS_CASE,
            "Select what the consent is to");
    ConsentGivenAs givenAs =
        typed.choice(
            "givenAs", ConsentGivenAs.class, ConsentGivenAs.THE_PERSON, "Select who gave it");
    ConsentMethod method =
        typed.choice(
            "method", ConsentMethod.class, ConsentMethod.values()[0], "Select how it was given");
    DateInput.Result givenOn = typed.date("givenOn", "date given", true);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    // A consent given today is recorded as given now; an earlier one at midday that day.
    Instant at =
        givenOn
            .value()
            .orElseThrow()
            .atTime(LocalTime.NOON)
            .atZone(WorkingDayCalendar.LONDON)
            .toInstant();
    consents.recordConsent(caseId, purpose, givenAs, method, at.isAfter(Instant.now()) ? null : at);
    return "The consent was recorded";
  }
}
