package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

/** What every case page shows, under the keys its template and the shared partials read. */
class CasePageModelTest {

  private final PageTemplates templates =
      new PageTemplates(CasePageModelTest.class.getClassLoader());

  private static LetterSummary letter(String id, String largePrint, String plainText) {
    return new LetterSummary(
        id,
        "acknowledgement",
        "Acknowledgement",
        1,
        "Dr Asha Patel",
        "CHC-2026-000001-acknowledgement.pdf",
        "assessor",
        Instant.parse("2026-03-05T10:00:00Z"),
        "abc",
        1_000,
        largePrint,
        plainText);
  }

  private static CasePageModel referral() {
    return new CasePageModel("r-1", "CHC-2026-000001", "Checklist due", false);
  }

  @Test
  void theCaseIsNamedAndEachListSaysWhetherItHasAnything() {
    Map<String, Object> model =
        referral()
            .actions(List.of(Map.of("path", "checklist", "text", "Record the checklist")))
            .openSteps(List.of("Record the checklist"))
            .consents(List.of())
            .history(List.of())
            .listed("reviews", List.of())
            .put("team", "CHC")
            .toMap();

    assertThat(model)
        .containsEntry("id", "r-1")
        .containsEntry("reference", "CHC-2026-000001")
        .containsEntry("status", "Checklist due")
        .containsEntry("closed", false)
        .containsEntry("hasActions", true)
        .containsEntry("steps", List.of("Record the checklist"))
        .containsEntry("hasConsents", false)
        .containsEntry("reviews", List.of())
        .containsEntry("hasReviews", false)
        .containsEntry("team", "CHC")
        .doesNotContainKeys("closure", "diagram");
  }

  @Test
  void lettersLinkUnderTheCaseAndOfferTheFormsTheyWereAlsoSentIn() {
    Map<String, Object> model =
        new HashMap<>(
            referral()
                .letters(
                    List.of(letter("l-1", "lp", "pt"), letter("l-2", null, null)), "/icb", "chc")
                .toMap());

    assertThat(model).containsEntry("hasLetters", true);
    String html = templates.render("common/case-letters", model);
    assertThat(html)
        .contains(
            "<a href=\"/icb/api/cases/chc/r-1/letters/l-1\""
                + " download=\"CHC-2026-000001-acknowledgement.pdf\">Acknowledgement (PDF)</a>"
                + " to Dr Asha Patel, 5 Mar 2026, 10:00")
        .contains("/icb/api/cases/chc/r-1/letters/l-1?format&#x3D;large-print")
        .contains("/icb/api/cases/chc/r-1/letters/l-1?format&#x3D;plain-text")
        .doesNotContain("l-2?format");
    assertThat(
            templates.render(
                "common/case-letters", referral().letters(List.of(), "", "chc").toMap()))
        .contains("No letters yet.");
  }

  @Test
  void aClosedCaseSaysWhyWhenAndHowLongItIsKept() {
    Map<String, Object> model =
        new CasePageModel("r-1", "CHC-2026-000001", "Closed", true)
            .closure(
                "Not eligible",
                Instant.parse("2026-03-05T10:00:00Z"),
                Optional.of(LocalDate.of(2026, 3, 5)),
                Optional.of(LocalDate.of(2034, 3, 5)))
            .toMap();

    assertThat(templates.render("common/case-closure", model))
        .contains(
            "Closed on 5 March 2026: Not eligible. The retention period runs from 5 March 2026."
                + " The file is kept until 5 March 2034, then reviewed by information governance.");
  }

  @Test
  void theDiagramIsItsPictureAndItsWords() {
    assertThat(referral().diagram("Waiting at: Record the checklist", "<svg/>").toMap())
        .containsEntry(
            "diagram", Map.of("text", "Waiting at: Record the checklist", "svg", "<svg/>"));
  }
}
