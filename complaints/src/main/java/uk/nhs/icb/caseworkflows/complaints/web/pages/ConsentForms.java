package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording.Whose;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/** Consent as the handler takes it down, and consent not given. */
final class ConsentForms {

  private ConsentForms() {}

  /** Records a consent; once every needed consent is on file the waiting step goes on. */
  @ApplicationScoped
  static class Give extends RecordingForm {

    @Inject ComplaintConsentRecording consents;
    @Inject Clock clock;

    Give() {
      super("consent", "Record a consent", "whose-COMPLAINANT");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      List<Fields.Option> people = new ArrayList<>();
      people.add(
          Fields.Option.of(
              Whose.COMPLAINANT.name(),
              "The complainant, " + file.complaint().complainant().name()));
      file.complaint()
          .affectedPerson()
          .ifPresent(
              patient ->
                  people.add(
                      Fields.Option.of(Whose.PATIENT.name(), "The patient, " + patient.name())));
      return new FormModel(typed)
          .radios("whose", "Whose consent is it?", null, people)
          .radios(
              "purpose",
              "What do they consent to?",
              null,
              Arrays.stream(ConsentPurpose.values())
                  .map(p -> Fields.Option.of(p.name(), PageText.sentence(p.description())))
                  .toList())
          .radios(
              "givenAs",
              "Who gave it?",
              null,
              List.of(
                  Fields.Option.of(ConsentGivenAs.THE_PERSON.name(), "The person themselves"),
                  Fields.Option.of(
                      ConsentGivenAs.REPRESENTATIVE.name(), "A representative for them"),
                  Fields.Option.of(
                      ConsentGivenAs.BEST_INTERESTS_DECISION.name(), "A best-interests decision")))
          .input(
              "giverName",
              "Name of the representative or decision maker",
              "Leave empty if the person gave it themselves.")
          .input(
              "giverStanding",
              "Their standing",
              "For example: lasting power of attorney, parent, or the clinician who decided.")
          .radios(
              "method",
              "How was it given?",
              null,
              List.of(
                  Fields.Option.of(ConsentMethod.WRITTEN.name(), "In writing"),
                  Fields.Option.of(ConsentMethod.FORM.name(), "On the consent form"),
                  Fields.Option.of(ConsentMethod.VERBAL.name(), "Verbally")))
          .date("givenOn", "Date given", "For example, 15 3 2026")
          .submit("Record the consent", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      Whose whose =
          typed.choice("whose", Whose.class, Whose.COMPLAINANT, "Select whose consent it is");
      ConsentPurpose purpose =
          typed.choice(
              "purpose",
              ConsentPurpose.class,
              ConsentPurpose.PROCESS_CASE,
              "Select what they consent to");
      ConsentGivenAs givenAs =
          typed.choice(
              "givenAs", ConsentGivenAs.class, ConsentGivenAs.THE_PERSON, "Select who gave it");
      String giverName = typed.text("giverName", null);
      String giverStanding = typed.text("giverStanding", null);
      ConsentMethod method =
          typed.choice(
              "method", ConsentMethod.class, ConsentMethod.WRITTEN, "Select how it was given");
      DateInput.Result givenOn = typed.date("givenOn", "Date given", true);
      if (givenAs != null
          && givenAs != ConsentGivenAs.THE_PERSON
          && (giverName == null || giverStanding == null)) {
        typed
            .errors()
            .add(
                giverName == null ? "giverName" : "giverStanding",
                "Enter who gave the consent for the person, and their standing");
      }
      Instant givenAt = givenOn.value().map(day -> noLaterThanNow(day)).orElse(null);
      if (givenAt != null && givenAt.isAfter(clock.instant())) {
        typed.errors().add(givenOn.fieldId(), "Date given must be today or in the past");
      }
      if (!typed.errors().isEmpty()) {
        return null;
      }
      ConsentGiver giver =
          switch (givenAs) {
            case THE_PERSON -> ConsentGiver.thePerson();
            case REPRESENTATIVE -> ConsentGiver.representative(giverName, giverStanding);
            case BEST_INTERESTS_DECISION ->
                ConsentGiver.bestInterestsDecision(giverName, giverStanding);
          };
      consents.record(complaintId, whose, giver, purpose, method, givenAt);
      return "The consent was recorded.";
    }

    /** Midday on the day given, or now if that is still to come today. */
    private Instant noLaterThanNow(LocalDate day) {
      Instant midday = day.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.LONDON).toInstant();
      Instant now = clock.instant();
      return midday.isAfter(now)
              && !day.isAfter(LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)))
          ? now
          : midday;
    }
  }

  /** Consent was not given: the complaint closes. */
  @ApplicationScoped
  static class Refuse extends StepForm {

    @Inject ComplaintConsentRecording consents;

    Refuse() {
      super("consent-refusal", "Record that consent was not given", "note");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .intro("Without the consent it needs, the complaint closes as “consent not given”.")
          .textarea("note", "What happened", "For example, no reply after the reminder.")
          .submit("Close: consent not given", true)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String note = typed.text("note", "Enter what happened");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      consents.recordRefusal(complaintId, note);
      return "The complaint was closed: consent not given.";
    }
  }
}
