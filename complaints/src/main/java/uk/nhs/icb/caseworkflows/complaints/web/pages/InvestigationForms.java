package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.web.pages.DocumentField;
import uk.nhs.icb.caseworkflows.common.web.pages.ConfirmForm;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintEvidence;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTimetable;
import uk.nhs.icb.caseworkflows.complaints.domain.EvidenceKind;

/** What the handler does during the investigation, and its end. */
final class InvestigationForms {

  private InvestigationForms() {}

  /**
   * Evidence, with a document if one came with it: the file is checked by its bytes (a PDF, PNG or
   * JPEG, within the size limit) before anything is stored, and stored with the evidence in one
   * transaction.
   */
  @ApplicationScoped
  static class Evidence extends RecordingForm {

    static final String FILE = "file";

    @Inject ComplaintEvidence evidence;
    @Inject DocumentSettings documentSettings;

    Evidence() {
      super("evidence", "Record evidence", "kind-" + EvidenceKind.values()[0].name());
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      FormModel form =
          new FormModel(typed)
              .radios(
                  "kind",
                  "What is it?",
                  null,
                  Arrays.stream(EvidenceKind.values())
                      .map(kind -> Fields.Option.of(kind.name(), PageText.words(kind)))
                      .toList())
              .textarea("summary", "Summary", "What it says, in a few sentences.")
              .input("source", "Who it came from", "For example, the practice manager.")
              .date("receivedOn", "Date received", "For example, 15 3 2026");
      return new DocumentField(FILE, documentSettings.maxBytes())
          .askIn(form, "Attach a document (optional)")
          .submit("Record the evidence", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      EvidenceKind kind =
          typed.choice(
              "kind", EvidenceKind.class, EvidenceKind.values()[0], "Select what the evidence is");
      String summary = typed.text("summary", "Enter a summary");
      String source = typed.text("source", "Enter who it came from");
      DateInput.Result received = typed.date("receivedOn", "Date received", true);
      Optional<DocumentUpload> document =
          new DocumentField(FILE, documentSettings.maxBytes()).readFrom(typed);
      if (!typed.errors().isEmpty()) {
        return null;
      }
      evidence.record(complaintId, kind, summary, source, received.value().orElseThrow(), document);
      return document.isPresent()
          ? "The evidence and its document were recorded."
          : "The evidence was recorded.";
    }
  }

  @ApplicationScoped
  static class ProviderRequest extends RecordingForm {

    @Inject ComplaintProviderResponses providerResponses;

    ProviderRequest() {
      super("provider-request", "Ask the provider for their response", "whatIsAsked");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .fact("Complaint about", file.complaint().subject().organisationOrService())
          .textarea("whatIsAsked", "What you are asking for", null)
          .date(
              "dueBy",
              "Response due by",
              "You are reminded two working days before; the manager is told if it is late.")
          .submit("Record the request", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String what = typed.text("whatIsAsked", "Enter what you are asking for");
      DateInput.Result due = typed.date("dueBy", "Response due by", true);
      if (!typed.errors().isEmpty()) {
        return null;
      }
      providerResponses.request(complaintId, what, due.value().orElseThrow());
      return "The request for the provider's response was recorded.";
    }
  }

  @ApplicationScoped
  static class ClockStop extends NoteForm<ComplaintFile> {

    @Inject ComplaintTimetable timetable;

    ClockStop() {
      super(
          "clock-stop",
          "Stop the clock",
          "reason",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          new Wording(
              "While the clock is stopped the response date does not come closer. It moves on when you restart the clock.",
              "Why the clock stops",
              "For example, waiting for the complainant's records.",
              "Enter why the clock stops",
              "Stop the clock",
              false));
    }

    /** It records the stop on the file; no step waits for it. */
    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    protected String record(String complaintId, String reason) {
      timetable.stopClock(complaintId, reason);
      return "The clock was stopped and the complainant was sent a letter saying why.";
    }
  }

  @ApplicationScoped
  static class ClockRestart extends ConfirmForm<ComplaintFile> {

    @Inject ComplaintTimetable timetable;

    ClockRestart() {
      super(
          "clock-restart",
          "Restart the clock",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          "The response date moves on by the working days the clock was stopped.",
          "Restart the clock");
    }

    /** It records the restart on the file; no step waits for it. */
    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    protected String confirm(String complaintId) {
      timetable.restartClock(complaintId);
      return "The clock was restarted, the response date moved and the complainant was sent a"
          + " letter with the new date.";
    }
  }

  @ApplicationScoped
  static class ResponseDate extends RecordingForm {

    @Inject ComplaintTimetable timetable;

    ResponseDate() {
      super("response-date", "Change the response date", "newDate-day");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .fact(
              "Response due now",
              file.complaint().timetable().responseDue().map(PageText::date).orElse(null))
          .date("newDate", "New response date", "For example, 15 3 2027")
          .textarea(
              "reason", "Why it changes", "For example, agreed with the complainant by phone.")
          .submit("Change the date", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      DateInput.Result date = typed.date("newDate", "New response date", true);
      String reason = typed.text("reason", "Enter why the date changes");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      timetable.changeResponseDate(complaintId, date.value().orElseThrow(), reason);
      return "The response date was changed.";
    }
  }

  @ApplicationScoped
  static class Complete extends ConfirmForm<ComplaintFile> {

    @Inject ComplaintResponse response;

    Complete() {
      super(
          "investigation-complete",
          "Finish the investigation",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          "Next you draft the response. Evidence can no longer be added.",
          "Finish the investigation");
    }

    /** The evidence gathered, one fact each. */
    @Override
    protected void facts(ComplaintFile file, FormModel form) {
      file.evidence()
          .forEach(
              item ->
                  form.fact(
                      PageText.words(item.kind()) + " (" + item.source() + ")", item.summary()));
    }

    @Override
    protected String confirm(String complaintId) {
      response.completeInvestigation(complaintId);
      return "The investigation is finished. Draft the response next.";
    }
  }
}
