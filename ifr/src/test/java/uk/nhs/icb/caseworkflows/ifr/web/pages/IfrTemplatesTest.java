package uk.nhs.icb.caseworkflows.ifr.web.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.IfrTask;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;

/** The IFR pages print what people typed as text; only the server-drawn diagram is markup. */
class IfrTemplatesTest {

  private static final String HOSTILE =
      "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  private final PageTemplates templates =
      new PageTemplates(IfrTemplatesTest.class.getClassLoader());

  @Test
  void theCasePageShowsTypedTextInertAndTheDiagramAsMarkup() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("deadlines", List.of());
    model.put("letters", List.of());
    model.put("consents", List.of());
    model.put(
        "history",
        List.of(Map.of("when", "1 Nov", "isoWhen", "x", "who", HOSTILE, "what", "Read")));
    model.put("id", "r-1");
    model.put("reference", "IFR-2026-000001");
    model.put("status", "Screening");
    model.put("summary", List.of(Map.of("key", "Why exceptional", "value", HOSTILE)));
    model.put(
        "diagram", Map.of("text", HOSTILE, "svg", "<svg role=\"img\"><title>t</title></svg>"));

    String html = templates.render("ifr/case", model);

    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("<svg role=\"img\"><title>t</title></svg>"));
  }

  @Test
  void thePanelPapersShowTypedTextInert() {
    Map<String, Object> paper = new HashMap<>();
    paper.put("reference", "IFR-2026-000001");
    paper.put("treatment", "A biologic drug outside its licensed use");
    paper.put("condition", HOSTILE);
    paper.put("whyExceptional", HOSTILE);
    paper.put("cost", "£1.00");
    paper.put("screeningNote", HOSTILE);
    paper.put("conflicted", HOSTILE);
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("id", "m-1");
    model.put("date", "Thursday 3 December 2026");
    model.put("papers", List.of(paper));
    model.put("hasPapers", true);
    model.put(
        "members", List.of(Map.of("name", HOSTILE, "role", "Chair", "attendance", "Present")));
    model.put("hasMembers", true);

    String html = templates.render("ifr/meeting", model);

    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("onerror=alert(1)>"), html);
    assertTrue(html.contains("IFR-2026-000001"));
  }

  @Test
  void aPanelMemberSeesThePaperAndTheChairsActionButNoIdentity() {
    PanelPack.PackItem paper =
        new PanelPack.PackItem(
            "r-1",
            "IFR-2026-000001",
            "A biologic drug outside its licensed use",
            HOSTILE,
            "[name] has a rare antibody profile.",
            new BigDecimal("12500.00"),
            true,
            null,
            List.of(
                new PanelPack.NewInformation(
                    java.time.LocalDate.of(2026, 12, 1), "A new scan: " + HOSTILE)),
            false,
            List.of());
    PageView page =
        PanelCasePage.of(
            "r-1",
            "",
            new PanelPack.PanelView(
                paper, "Urgent: waiting for chair's action", List.of(IfrTask.CHAIRS_ACTION)));

    String html = templates.render(page.template(), page.model());

    assertTrue(html.contains("action-chairs-action"), html);
    assertTrue(html.contains("[name] has a rare antibody profile."));
    assertTrue(html.contains("New clinical information, Tuesday 1 December 2026"), html);
    assertTrue(html.contains("A new scan: "), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void thePanelIsShownNoListOfPatients() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("coordinator", false);
    model.put("requests", List.of());
    model.put("hasRequests", false);

    String html = templates.render("ifr/list", model);

    assertTrue(html.contains("panel-note"));
    assertFalse(html.contains("log-request"));
  }

  @Test
  void theCoordinatorsListShowsItsFiltersRowsAndPagingWithTypedTextInert() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("coordinator", true);
    model.put("q", HOSTILE);
    model.put(
        "treatments",
        List.of(Map.of("value", "ABDOMINOPLASTY", "text", "Abdominoplasty", "selected", true)));
    model.put(
        "rows",
        List.of(
            Map.of(
                "id", "r-1",
                "reference", "IFR-2026-000001",
                "patient", HOSTILE,
                "treatment", "Abdominoplasty",
                "status", "Screening",
                "received", "1 December 2026")));
    model.put("hasRows", true);
    model.put("total", 1L);
    model.put("totalWord", "request");

    String html = templates.render("ifr/list", model);

    assertTrue(html.contains("id=\"apply-filters\""), html);
    assertTrue(html.contains("<option value=\"ABDOMINOPLASTY\" selected>Abdominoplasty</option>"));
    assertTrue(html.contains("href=\"/ifr/r-1\""));
    assertTrue(html.contains("newest first"));
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void aMeetingOffersTheConflictFormAndTheChairsActionsOnlyWhenThereAreAny() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("id", "m-1");
    model.put("date", "Thursday 3 December 2026");

    assertTrue(
        templates.render("ifr/meeting", model).contains("/ifr-panel-meetings/m-1/conflicts"));
    assertFalse(templates.render("ifr/meeting", model).contains("chairs-actions-noted"));
    model.put("hasChairsActions", true);
    assertTrue(
        templates
            .render("ifr/meeting", model)
            .contains("/ifr-panel-meetings/m-1/chairs-actions-noted"));
  }

  @Test
  void aSignalsPageLinksTheRequestsStillHeldAndOffersTheReferralUntilDone() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("id", "s-1");
    model.put("reference", "SIG-12345678");
    model.put("treatment", HOSTILE);
    model.put("raised", "Thursday 3 December 2026");
    model.put("referred", false);
    model.put(
        "requests",
        List.of(
            Map.of(
                "id", "r-1",
                "held", true,
                "reference", "IFR-2026-000001",
                "status", "Screening",
                "received", "1 December 2026"),
            Map.of("id", "r-2", "held", false)));

    String html = templates.render("ifr/signal", model);

    assertTrue(html.contains("href=\"/ifr/r-1\">IFR-2026-000001"), html);
    assertTrue(html.contains("since destroyed"));
    assertFalse(html.contains("/ifr/r-2"));
    assertTrue(html.contains("/ifr-policy-signals/s-1/referral"));
    assertFalse(html.contains("<script>"), html);
    model.put("referred", true);
    model.put("referredOn", "4 December 2026");
    assertFalse(templates.render("ifr/signal", model).contains("/referral"));
  }

  @Test
  void theMedianIsShownInWholeDaysWhenItIsWholeAndSaysWhenNothingWasDecided() {
    var year =
        uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod.financialYearOf(
            java.time.LocalDate.of(2026, 12, 5));

    assertTrue(IfrFiguresPage.median(year, 12.0).rows().containsValue("12"));
    assertTrue(IfrFiguresPage.median(year, 12.5).rows().containsValue("12.5"));
    assertTrue(IfrFiguresPage.median(year, null).rows().containsValue("No decisions"));
  }
}
