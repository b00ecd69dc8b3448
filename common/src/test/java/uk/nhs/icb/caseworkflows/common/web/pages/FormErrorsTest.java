package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

  @Test
  void eachErrorLinksToItsFieldInTheOrderOfTheFormAndTheFirstMessageForAFieldWins() {
    FormErrors errors =
        new FormErrors()
            .add("username", "Enter your user name")
            .add("password", "Enter your password")
            .add("username", "User name is too long");

    assertThat(errors.isEmpty()).isFalse();
    assertThat(errors.all())
        .extracting(FormErrors.FieldProblem::href, FormErrors.FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("#username", "Enter your user name"),
            org.assertj.core.groups.Tuple.tuple("#password", "Enter your password"));
    assertThat(errors.messageFor("password")).contains("Enter your password");
    assertThat(errors.messageFor("other")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theModelFeedsTheSummaryAndTheMessageBesideEachField() {
    Map<String, Object> model = new FormErrors().add("username", "Enter your user name").model();

    assertThat(model.get("hasErrors")).isEqualTo(true);
    assertThat((List<?>) model.get("errorSummary")).hasSize(1);
    assertThat((Map<Object, Object>) model.get("errors"))
        .containsEntry("username", "Enter your user name");
    assertThat(new FormErrors().model().get("hasErrors")).isEqualTo(false);
  }
}
