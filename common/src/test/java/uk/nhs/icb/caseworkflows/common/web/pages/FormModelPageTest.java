package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An intake form as a page of its own, and enum choices worded for people. */
class FormModelPageTest {

  private enum Route {
    LETTER,
    FACE_TO_FACE
  }

  @Test
  void anIntakePageIsTitledByItsHeadingAndPostsToItsAction() {
    PageView page =
        new FormModel(FormValues.empty())
            .input("name", "Name", null)
            .submit("Record the referral", false)
            .page("Record a referral", "chc/intake", "new");

    assertThat(page.title()).isEqualTo("Record a referral");
    assertThat(page.template()).isEqualTo("chc/intake");
    assertThat(page.model())
        .containsEntry("formTitle", "Record a referral")
        .containsEntry("action", "new")
        .containsEntry("submitLabel", "Record the referral")
        .containsKey("fields");
  }

  @Test
  void eachConstantIsAnOptionValuedByItsNameAndLabelledInWords() {
    assertThat(Fields.Option.words(Route.values()))
        .containsExactly(
            Fields.Option.of("LETTER", "Letter"), Fields.Option.of("FACE_TO_FACE", "Face to face"));
  }

  @Test
  void aQuestionWithNothingToChooseFromYetIsShownWithoutChoicesAndCarriesItsMessage() {
    FormValues typed = FormValues.empty();
    typed.errors().add("referral", "Select the referral the decision is on");

    Map<String, Object> field = Fields.radios("referral", "Which referral", null, List.of(), typed);

    assertThat(field)
        .containsEntry("options", List.of())
        .containsEntry("error", "Select the referral the decision is on");
  }
}
