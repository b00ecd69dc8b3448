package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.web.pages.ConsentFields.ConsentTaken;
import uk.nhs.icb.caseworkflows.common.consent.web.pages.ConsentForm;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
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
   * is the kit's.
   */
  @ApplicationScoped
  static class Give extends ConsentForm<ComplaintFile, Whose> {

    /** What a complaint asks consent for: no family sharing, which is CHC's. */
    private static final List<ConsentPurpose> COMPLAINT_PURPOSES =
        List.of(
            ConsentPurpose.PROCESS_CASE,
            ConsentPurpose.SHARE_WITH_PROVIDER,
            ConsentPurpose.REPRESENTATIVE_TO_ACT,
            ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
            ConsentPurpose.TRANSFER_TO_PROVIDER,
            ConsentPurpose.PUBLISH_STORY);

    @Override
    protected List<ConsentPurpose> purposes() {
      return COMPLAINT_PURPOSES;
    }

    @Inject ComplaintConsentRecording consents;

    Give() {
      super("consent", ComplaintCaseAccess.COMPLAINTS_TEAM, Whose.class, Whose.COMPLAINANT);
    }

    @Override
    protected List<Fields.Option> people(ComplaintFile file) {
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
      return people;
    }

    @Override
    protected void record(String complaintId, Whose whose, ConsentTaken consent) {
      consents.record(
          complaintId,
          whose,
          consent.giver(),
          consent.purpose(),
          consent.method(),
          consent.givenAt());
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
