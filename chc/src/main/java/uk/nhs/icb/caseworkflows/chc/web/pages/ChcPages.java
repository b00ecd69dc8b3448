package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.chc.application.ChcCaseAccess;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistRating;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.RoleNames;

/**
 * The CHC pages on the web kit: {@code /chc-cases} (the list), {@code /chc-cases/{id}} (the case
 * page with the process picture) and one form per step ({@code /chc-cases/{id}/checklist}...). The
 * referral form is {@code /chc-cases/new}.
 */
@WebServlet(urlPatterns = {ChcPages.PATH, ChcPages.PATH + "/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class ChcPages extends CasePages<ChcFile> {

  static final String PATH = "/chc-cases";

  /** The longest answer each CHC field keeps, so a long one is refused beside its field. */
  static final FieldLimits LIMITS = answerLengths();

  @Inject private ChcFileReading reading;
  @Inject private ChcCasePage casePage;
  @Inject private ChcListPage list;
  @Inject private ChcReferralForm referral;
  @Inject private Instance<CaseForm<ChcFile>> forms;

  private static FieldLimits answerLengths() {
    Map<String, Integer> longest = new HashMap<>();
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      longest.put(ChecklistForm.evidence(domain), ChecklistRating.EVIDENCE_LENGTH);
    }
    for (CareDomain domain : CareDomain.values()) {
      longest.put(DstForm.evidence(domain), ChecklistRating.EVIDENCE_LENGTH);
    }
    longest.put(ChecklistForm.COMPLETED_BY, Checklist.COMPLETED_BY_LENGTH);
    longest.put("member-name", 200);
    longest.put("view", DecisionSupportTool.TEXT_LENGTH);
    for (String reason :
        new String[] {
          "nature", "intensity", "complexity", "unpredictability", "reasons", "reasonsForDeparting"
        }) {
      longest.put(reason, ChcCase.REASONS_LENGTH);
    }
    longest.put("decisionInQuestion", 1000);
    longest.put("consulted", 1000);
    longest.put("bestInterestsReasons", 1000);
    longest.put("assessedBy", 200);
    longest.put("decidedBy", 200);
    longest.put("role", 200);
    longest.put("referredBy", 200);
    for (String prefix : new String[] {"", ReviewForm.PACKAGE}) {
      longest.put(prefix + "provider", CarePackage.PROVIDER_LENGTH);
      longest.put(prefix + "weeklyCost", 20);
      longest.put(prefix + "reason", CarePackage.REASON_LENGTH);
    }
    longest.put("notes", CareReview.NOTES_LENGTH);
    return new FieldLimits(longest);
  }

  @Override
  protected String path() {
    return PATH;
  }

  @Override
  protected Set<String> team() {
    return ChcCaseAccess.CHC_TEAM;
  }

  @Override
  protected String noAccess(Caller caller) {
    return "NHS Continuing Healthcare cases are seen only by the CHC team. Your role ("
        + RoleNames.of(caller.roles())
        + ") does not give access to them.";
  }

  @Override
  protected String notForYou() {
    return "This step is for another member of the CHC team: assessors fill in the tools, the"
        + " panel decides.";
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
    return referral;
  }

  @Override
  protected Optional<CaseForm<ChcFile>> form(String path) {
    return forms.stream().filter(form -> form.path().equals(path)).findFirst();
  }

  @Override
  protected <T> T read(String id, Function<ChcFile, T> reader) {
    return reading.read(id, reader::apply);
  }

  @Override
  protected String referenceOf(ChcFile file) {
    return file.chcCase().reference();
  }
}
