package uk.nhs.icb.caseworkflows.complaints.reports.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.reports.application.WithdrawnStoryReports;
import uk.nhs.icb.caseworkflows.complaints.reports.application.WithdrawnStoryReports.Recall;

/**
 * The IG officer's page ({@value #PATH}): every issued report that carried a service-user story
 * whose consent was later withdrawn, with when and by whom it was issued, so its copies can be
 * recalled. Anyone else gets the forbidden page.
 */
@WebServlet(WithdrawnStoryReportsPage.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class WithdrawnStoryReportsPage extends HttpServlet {

  public static final String PATH = "/withdrawn-story-reports";

  @Inject private transient PageRenderer pages;
  @Inject private transient CurrentCaller caller;
  @Inject private transient WithdrawnStoryReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!caller.get().hasAnyRole(Set.of(Roles.IG_OFFICER))) {
      pages.forbidden(request, response, "Only the IG officer sees the reports to recall.");
      return;
    }
    Optional<List<Recall>> recalls = reports.recalls();
    List<Map<String, Object>> rows =
        recalls.orElse(List.of()).stream().map(WithdrawnStoryReportsPage::row).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("storiesAvailable", recalls.isPresent());
    model.put("rows", rows);
    model.put("hasRows", !rows.isEmpty());
    pages.render(
        request,
        response,
        PageView.of("Reports that carried a withdrawn story", "complaint-reports/recalls", model));
  }

  private static Map<String, Object> row(Recall recall) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("report", recall.kind().title());
    row.put("period", recall.period());
    row.put("issuedOn", PageText.date(recall.issuedAt()));
    row.put("issuedBy", recall.issuedBy());
    row.put("storyId", recall.storyId());
    row.put("withdrawnOn", PageText.date(recall.withdrawnAt()));
    return row;
  }
}
