package uk.nhs.icb.caseworkflows.complaints.web.pages;

import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/**
 * One form of the complaint case: shown at {@code /complaints/{id}/{path}} and posted back there. A
 * form reads what was typed, calls its use case and says what happened for the banner; when the
 * answers are incomplete it leaves messages in {@link FormValues#errors()} and nothing is stored.
 */
interface StepForm {

  /** The last segment of the form's address. */
  String path();

  /** The page's heading and title. */
  String title();

  /** The content template under {@code pages/}: the shared form, unless a step needs its own. */
  default String template() {
    return "complaints/form";
  }

  /** The id of the first field, where a message about the whole form is linked from. */
  String firstField();

  /** Who may use it: the complaints team, unless a step is a manager's. */
  default Set<String> roles() {
    return ComplaintCaseAccess.COMPLAINTS_TEAM;
  }

  /** What the template shows besides the layout's own values: the fields and what the file says. */
  Map<String, Object> model(ComplaintFile file, FormValues typed);

  /** Does the work; returns the banner's words, or null when {@code typed} has errors. */
  String submit(String complaintId, FormValues typed);
}
