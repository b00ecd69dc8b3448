package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Issue 14 point 9 on the sign-off page: a returned draft goes back for more investigation when the
 * manager says so, for redrafting otherwise; signing off cannot also send it back.
 */
class SignOffReturnsForMoreInvestigationTest {

  private final List<String> decided = new ArrayList<>();

  private final ComplaintResponse response =
      new ComplaintResponse() {
        @Override
        public Complaint signOff(String id, boolean approved, String comments) {
          decided.add((approved ? "signed off" : "redraft") + " " + comments);
          return null;
        }

        @Override
        public Complaint returnForInvestigation(String id, String comments) {
          decided.add("investigate " + comments);
          return null;
        }
      };

  private ResponseForms.SignOff form() {
    ResponseForms.SignOff form = new ResponseForms.SignOff();
    form.response = response;
    return form;
  }

  private static FormValues typed(String... namesAndValues) {
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      answers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return FormValues.of(answers, ComplaintPages.LIMITS);
  }

  @Test
  void point9AReturnedDraftGoesBackForMoreInvestigationWhenTheManagerSaysSo() {
    String banner =
        form()
            .submit(
                "c-1",
                typed(
                    "decision", "return",
                    "comments", "Ask the trust for its call log.",
                    "returnFor", "investigate"));

    assertThat(banner).contains("back to its investigation");
    assertThat(decided).containsExactly("investigate Ask the trust for its call log.");
  }

  @Test
  void point9WithoutTheChoiceAReturnedDraftGoesBackForRedraftingOnly() {
    form().submit("c-1", typed("decision", "return", "comments", "Shorter, please."));

    assertThat(decided).containsExactly("redraft Shorter, please.");
  }

  @Test
  void point9SigningOffAndSendingBackForInvestigationTogetherIsRefusedBesideTheChoice() {
    FormValues both = typed("decision", "approve", "returnFor", "investigate");

    assertThat(form().submit("c-1", both)).isNull();

    assertThat(both.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId)
        .containsExactly("returnFor-investigate");
    assertThat(decided).isEmpty();
  }
}
