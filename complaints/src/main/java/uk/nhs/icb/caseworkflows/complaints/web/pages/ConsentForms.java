package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.consent.web.pages.ConsentFields;
import uk.nhs.icb.caseworkflows.common.consent.web.pages.ConsentFields.ConsentTaken;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording.Whose;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/** Consent as the handler takes it down, and consent not given. */
final class ConsentForms {

  private ConsentForms() {}

  /**
   * Records a consent; once every needed consent is on file the waiting step goes on. Whose it is
   * is the complaint's own question (the complainant, or the patient they complain for); the rest
   * is the kit's {@link ConsentFields}.
   */
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
      FormModel form = new FormModel(typed).radios("whose", "Whose consent is it?", null, people);
      return new ConsentFields(clock).askIn(form).submit("Record the consent", false).toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      Whose whose =
          typed.choice("whose", Whose.class, Whose.COMPLAINANT, "Select whose consent it is");
      Optional<ConsentTaken> taken = new ConsentFields(clock).readFrom(typed);
      if (taken.isEmpty()) {
        return null;
      }
      ConsentTaken consent = taken.get();
      consents.record(
          complaintId,
          whose,
          consent.giver(),
          consent.purpose(),
          consent.method(),
          consent.givenAt());
      return "The consent was recorded.";
    }
  }

  /** Consent was not given: the complaint closes. */
  @ApplicationScoped
  static class Refuse extends NoteForm<ComplaintFile> {

    @Inject ComplaintConsentRecording consents;

    Refuse() {
      super(
          "consent-refusal",
          "Record that consent was not given",
          "note",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          new Wording(
              "Without the consent it needs, the complaint closes as “consent not given”.",
              "What happened",
              "For example, no reply after the reminder.",
              "Enter what happened",
              "Close: consent not given",
              true));
    }

    @Override
    protected String record(String complaintId, String note) {
      consents.recordRefusal(complaintId, note);
      return "The complaint was closed: consent not given.";
    }
  }
}
