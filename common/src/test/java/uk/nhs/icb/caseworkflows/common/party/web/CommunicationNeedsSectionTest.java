package uk.nhs.icb.caseworkflows.common.party.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

class CommunicationNeedsSectionTest {

  private static String html(CommunicationNeedsSection section) {
    Map<String, Object> model = new HashMap<>();
    model.put("communicationNeeds", section.model());
    return new PageTemplates(CommunicationNeedsSectionTest.class.getClassLoader())
        .render("common/communication-needs", model);
  }

  @Test
  void theTopOfTheCasePageSaysEachPersonsNeeds() {
    String html =
        html(
            new CommunicationNeedsSection()
                .person(
                    "Mrs Siân Evans (complainant)",
                    CommunicationNeeds.of(
                        List.of(CommunicationNeed.LARGE_PRINT, CommunicationNeed.BSL_INTERPRETER),
                        "Prefers <afternoon> visits"))
                .person("Mr Rhodri Evans (patient)", CommunicationNeeds.none())
                .person("Someone else", null));

    assertThat(html)
        .contains("Communication needs")
        .contains(
            "<strong>Mrs Siân Evans (complainant):</strong> Needs large print; needs a BSL"
                + " interpreter")
        .contains("Note: Prefers &lt;afternoon&gt; visits")
        .doesNotContain("Rhodri", "Someone else");
  }

  @Test
  void withNobodyWithNeedsThereIsNoCallout() {
    CommunicationNeedsSection section =
        new CommunicationNeedsSection().person("Mr Rhodri Evans", CommunicationNeeds.none());

    assertThat(section.model()).isNull();
    assertThat(html(section)).doesNotContain("Communication needs");
  }

  @Test
  void aNoteAloneIsStillShown() {
    String html =
        html(
            new CommunicationNeedsSection()
                .person("Ms Ada Obi", CommunicationNeeds.of(List.of(), "Prefers calls after 2pm")));

    assertThat(html).contains("See the note").contains("Note: Prefers calls after 2pm");
  }
}
