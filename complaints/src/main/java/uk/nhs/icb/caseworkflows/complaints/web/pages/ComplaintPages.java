package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.RoleNames;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAnswerLengths;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/**
 * The complaint case pages: {@code /complaints} (the case list), {@code /complaints/new} (intake),
 * {@code /complaints/{id}} (the case page) and {@code /complaints/{id}/{form}} (a step's form).
 */
@WebServlet(urlPatterns = {"/complaints", "/complaints/*"})
// The evidence form carries a file. Parts stay in memory (no personal data in temporary files):
// RequestSizeLimit has already refused a form beyond the document limit and the form allowance;
// this cap only backs it up.
@MultipartConfig(
    fileSizeThreshold = ComplaintPages.MAX_FORM_BYTES,
    maxFileSize = ComplaintPages.MAX_FORM_BYTES,
    maxRequestSize = ComplaintPages.MAX_FORM_BYTES)
// Any signed-in person; who may see complaints is checked in code against the complaints team.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class ComplaintPages extends CasePages<ComplaintFile> {

  static final String PATH = "/complaints";
  static final int MAX_FORM_BYTES = 64 * 1024 * 1024;
  static final FieldLimits LIMITS = new FieldLimits(ComplaintAnswerLengths.LONGEST);

  @Inject private ComplaintFileReading reading;
  @Inject private ComplaintListPage list;
  @Inject private ComplaintCasePage casePage;
  @Inject private ComplaintIntakeForm intakeForm;
  // Every form of a complaint: the complaint's own steps and the kit's forms it words.
  @Inject private Instance<CaseForm<ComplaintFile>> forms;

  @Override
  protected String path() {
    return PATH;
  }

  @Override
  protected Set<String> team() {
    return ComplaintCaseAccess.COMPLAINTS_TEAM;
  }

  @Override
  protected String noAccess(Caller caller) {
    return "Complaints are seen only by the complaints team. Your role ("
        + RoleNames.of(caller.roles())
        + ") does not give access to them.";
  }

  @Override
  protected String notForYou() {
    return "Only a complaints manager does this step.";
  }

  @Override
  protected FieldLimits limits() {
    return LIMITS;
  }

  @Override
  protected PageView listPage(HttpServletRequest request) {
    return list.page(request);
  }

  @Override
  protected PageView casePage(String id, HttpServletRequest request) {
    return casePage.page(id, request);
  }

  @Override
  protected Intake intake() {
    return intakeForm;
  }

  @Override
  protected Optional<CaseForm<ComplaintFile>> form(String path) {
    return forms.stream().filter(form -> form.path().equals(path)).findFirst();
  }

  @Override
  protected <T> T read(String id, Function<ComplaintFile, T> reader) {
    return reading.read(id, reader::apply);
  }

  @Override
  protected String referenceOf(ComplaintFile file) {
    return file.complaint().reference().formatted();
  }

  static boolean mayWorkComplaints(Caller caller) {
    return caller.hasAnyRole(ComplaintCaseAccess.COMPLAINTS_TEAM);
  }
}
