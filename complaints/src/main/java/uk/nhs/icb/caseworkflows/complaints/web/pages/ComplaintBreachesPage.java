package uk.nhs.icb.caseworkflows.complaints.web.pages;

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
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintBreaches;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintBreaches.Breach;

/**
 * The complaints manager's breaches page ({@value #PATH}): each deadline an open complaint missed,
 * with a link to the complaint. Anyone else gets the forbidden page.
 */
@WebServlet(ComplaintBreachesPage.PATH)
// Any signed-in person; the servlet checks the role itself, to explain a refusal in a page.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class ComplaintBreachesPage extends HttpServlet {

  static final String PATH = "/complaint-breaches";

  @Inject private transient PageRenderer pages;
  @Inject private transient CurrentCaller caller;
  @Inject private transient ComplaintBreaches breaches;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!caller.get().hasAnyRole(Set.of(Roles.COMPLAINTS_MANAGER))) {
      pages.forbidden(
          request, response, "Only a complaints manager sees the complaints' breaches.");
      return;
    }
    List<Map<String, Object>> rows = breaches.ofOpenComplaints().stream().map(this::row).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("hasRows", !rows.isEmpty());
    model.put("count", rows.size());
    pages.render(
        request, response, PageView.of("Complaints' breaches", "complaints/breaches", model));
  }

  private Map<String, Object> row(Breach breach) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", breach.complaintId());
    row.put("reference", breach.reference());
    row.put("breach", breach.description());
    row.put("dueOn", PageText.date(breach.dueOn()));
    row.put("escalatedOn", PageText.date(breach.escalatedAt()));
    row.put("status", PageText.sentence(breach.status().description()));
    row.put("responseDue", breach.responseDue() == null ? "" : PageText.date(breach.responseDue()));
    return row;
  }
}
