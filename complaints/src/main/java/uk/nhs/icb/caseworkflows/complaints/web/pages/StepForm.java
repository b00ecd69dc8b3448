package uk.nhs.icb.caseworkflows.complaints.web.pages;

import java.util.Set;
import uk.nhs.icb.caseworkflows.common.web.pages.NamedForm;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/** One form of the complaint case, shown with what the complaint's file says. */
abstract class StepForm extends NamedForm<ComplaintFile> {

  StepForm(String path, String title, String firstField) {
    super(path, title, firstField);
  }

  /** Who may use it: the complaints team, unless a step is a manager's. */
  @Override
  public Set<String> roles() {
    return ComplaintCaseAccess.COMPLAINTS_TEAM;
  }
}
