package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

/** "Who will handle it?" on an intake form: the team unless the recorder takes it. */
class CaseworkerChoiceTest {

  private final CaseworkerChoice choice =
      new CaseworkerChoice("referral", "Only a CHC assessor can take a referral");

  private static FormValues answer(String handledBy) {
    return FormValues.of(Map.of("handledBy", handledBy), FieldLimits.NONE);
  }

  private String render(FormValues typed) {
    Map<String, Object> model = new HashMap<>(choice.addTo(new FormModel(typed)).toMap());
    model.put("contextPath", "");
    return new PageTemplates(CaseworkerChoiceTest.class.getClassLoader())
        .render("common/fields", model);
  }

  @Test
  void aFirstViewChecksTheTeamAndNamesTheCase() {
    String html = render(FormValues.empty());

    assertThat(html)
        .contains("Who will handle it?")
        .contains("The referral and its tasks are yours at once.")
        .containsPattern("id=\"handledBy-TEAM\"[^>]*checked")
        .doesNotContainPattern("id=\"handledBy-ME\"[^>]*checked");
  }

  @Test
  void onlyMeMeansTheRecorderHandlesIt() {
    assertThat(CaseworkerChoice.recorderHandles(answer("ME"))).isTrue();
    assertThat(CaseworkerChoice.recorderHandles(answer("TEAM"))).isFalse();
    assertThat(CaseworkerChoice.recorderHandles(answer("someone-else"))).isFalse();
    assertThat(CaseworkerChoice.recorderHandles(FormValues.empty())).isFalse();
  }

  @Test
  void anIntakeThatWorksGivesItsResult() {
    FormValues typed = answer("ME");

    assertThat(choice.receive(typed, () -> "case-1")).isEqualTo("case-1");
    assertThat(typed.errors().isEmpty()).isTrue();
  }

  @Test
  void aRecorderOutsideTheTeamIsToldBesideTheChoice() {
    FormValues typed = answer("ME");

    String id =
        choice.receive(
            typed,
            () -> {
              throw new InvalidInputException("caseworker", "not in the team");
            });

    assertThat(id).isNull();
    assertThat(typed.errors().messageFor("handledBy-TEAM"))
        .contains("Only a CHC assessor can take a referral");
  }

  @Test
  void anyOtherRefusalIsThrownOn() {
    InvalidInputException other = new InvalidInputException("nhsNumber", "wrong");

    assertThatThrownBy(
            () ->
                choice.receive(
                    answer("ME"),
                    () -> {
                      throw other;
                    }))
        .isSameAs(other);
  }
}
