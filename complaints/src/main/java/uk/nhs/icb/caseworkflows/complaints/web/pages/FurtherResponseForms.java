package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.FurtherResolution;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;

/** The forms of further local resolution: reopen an answered complaint, and answer it again. */
final class FurtherResponseForms {

  private FurtherResponseForms() {}

  /** The complainant is not satisfied with the response: reopen it for a further response. */
  @ApplicationScoped
  static class Reopening extends NoteForm<ComplaintFile> {

    static final String PATH = "reopening";

    @Inject FurtherResolution resolution;

    Reopening() {
      super(
          PATH,
          "Reopen the complaint for a further response",
          "unresolved",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          new Wording(
              "The complaint opens again and its retention clock stops. The complainant gets a"
                  + " letter saying what will be looked at again, and the date of the further"
                  + " response: the response period from today.",
              "What the complainant says is still unresolved",
              "In their words where you can. This goes in the letter to them.",
              "Enter what is still unresolved",
              "Reopen the complaint",
              false));
    }

    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    protected String record(String complaintId, String unresolved) {
      FurtherResponse further = resolution.reopen(complaintId, unresolved, null);
      return "The complaint was reopened. The further response is due by "
          + PageText.date(further.dueBy())
          + ".";
    }
  }

  /** The further response, as the letter will say it; the complaint closes again. */
  @ApplicationScoped
  static class Sending extends NoteForm<ComplaintFile> {

    static final String PATH = "further-response";

    @Inject FurtherResolution resolution;

    Sending() {
      super(
          PATH,
          "Send the further response",
          "furtherResponse",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          new Wording(
              "The further response goes to the complainant, signed by the responsible person,"
                  + " with their right to go to the Ombudsman, and the complaint closes again.",
              "The further response",
              "What you found when you looked again, and what will change.",
              "Enter the further response",
              "Send the further response",
              false));
    }

    @Override
    protected String record(String complaintId, String summary) {
      resolution.send(complaintId, summary);
      return "The further response was sent and the complaint closed again.";
    }
  }
}
