package uk.nhs.icb.caseworkflows.chc.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures;
import uk.nhs.icb.caseworkflows.chc.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

/**
 * The CHC templates print what people typed as text, never as markup; only the process diagram,
 * drawn and escaped by bpmn's renderer, goes in as it is. Empty parts are left out rather than
 * shown blank; the referral form shows the age refusal beside the date of birth.
 */
class ChcTemplatesTest {

  private static final String HOSTILE =
      "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  private final PageTemplates templates =
      new PageTemplates(ChcTemplatesTest.class.getClassLoader());

  private static Map<String, Object> casePage() {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.put("id", "chc-1");
    model.put("reference", "CHC-2026-000045");
    model.put("status", "In full assessment");
    model.put("letters", List.of());
    return model;
  }

  @Test
  void theCasePageShowsHostileTextInertAndTheDiagramAsMarkup() {
    Map<String, Object> model = casePage();
    model.put("summary", List.of(Map.of("key", "Person", "value", HOSTILE)));
    model.put("hasDst", true);
    model.put("dst", List.of(Map.of("domain", "Behaviour", "level", "Severe")));
    model.put("dstMissing", HOSTILE);
    model.put(
        "diagram", Map.of("text", HOSTILE, "svg", "<svg role=\"img\"><title>t</title></svg>"));

    String html = templates.render("chc/case", model);

    assertThat(html).doesNotContain("<script>", "<img src=x", "onerror=alert(1)>");
    assertThat(html).contains("&lt;script&gt;");
    assertThat(html).contains("<svg role=\"img\"><title>t</title></svg>");
    assertThat(html).contains("id=\"dst\"").contains("Behaviour");
  }

  @Test
  void nothingMissingNoBreachAndNoDecisionLeaveTheirPartsOut() {
    Map<String, Object> model = casePage();
    model.put("hasDst", true);
    model.put("dst", List.of(Map.of("domain", "Behaviour", "level", "Severe")));
    model.put(
        "clock",
        new HashMap<>(Map.of("startedOn", "20 November 2026", "dueBy", "18 December 2026")));

    String html = templates.render("chc/case", model);

    assertThat(html).doesNotContain("id=\"dst-missing\"", "28 days passed", "id=\"decision\"");
    assertThat(html).contains("18 December 2026");
  }

  @Test
  void theReferralFormShowsTheAgeRefusalBesideTheDateOfBirth() {
    FormValues typed = FormValues.empty();
    typed.errors().add("individualDateOfBirth-day", "NHS Continuing Healthcare is for adults");
    Map<String, Object> model =
        new HashMap<>(
            new FormModel(typed)
                .input("individualName", "Person's full name", null)
                .date("individualDateOfBirth", "Person's date of birth", null)
                .submit("Record the referral", false)
                .page("Record a CHC referral", "chc/intake", "new")
                .model());
    model.put("contextPath", "");
    model.put("csrfToken", "t");
    model.putAll(typed.errors().model());

    String html = templates.render("chc/intake", model);

    assertThat(html).contains("There is a problem");
    assertThat(html).contains("NHS Continuing Healthcare is for adults");
    assertThat(html).contains("action=\"/chc-cases/new\"");
    assertThat(html).contains("name=\"csrfToken\" value=\"t\"");
  }

  @Test
  void theCareSectionShowsEveryPackageVersionAndTheToolAsText() {
    ChcCase chcCase =
        ChcCaseFixtures.decided(
            LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 10), true, CareSetting.OWN_HOME);
    chcCase.arrangeCare(ChcCaseFixtures.carePackage(LocalDate.of(2026, 12, 10), "1200", false));
    LocalDate held = LocalDate.of(2027, 3, 1);
    chcCase.recordReview(
        new CareReview(
            held, "rachel.green", ReviewOutcome.PACKAGE_CHANGED, HOSTILE, held.plusYears(1)),
        new CarePackage(
            HOSTILE,
            CareSetting.CARE_HOME_WITH_NURSING,
            new BigDecimal("1890.50"),
            held,
            true,
            Instant.parse("2027-03-01T10:00:00Z"),
            "rachel.green",
            "Moved to a nursing home"));
    Map<String, Object> model = casePage();
    model.put("care", ChcCareSection.of(chcCase));

    String html = templates.render("chc/case", model);

    assertThat(html).doesNotContain("<script>", "<img src=x");
    assertThat(html).contains("id=\"care-packages\"").contains("£1,890.50").contains("£1,200.00");
    assertThat(html.split("<tr class=\"nhsuk-table__row\"><td")).hasSize(3);
    assertThat(html).contains("Package changed").contains("Moved to a nursing home");
    assertThat(html).contains("Eligible from").contains("Thursday 10 December 2026");
  }

  @Test
  void beforeEligibilityThereIsNoCareSection() {
    ChcCase chcCase = ChcCaseFixtures.referred(LocalDate.of(2026, 11, 20), CareSetting.HOSPITAL);

    assertThat(ChcCareSection.of(chcCase)).isNull();
    assertThat(templates.render("chc/case", casePage())).doesNotContain("id=\"care\"");
  }
}
