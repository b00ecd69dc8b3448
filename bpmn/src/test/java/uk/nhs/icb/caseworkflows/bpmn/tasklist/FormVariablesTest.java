package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class FormVariablesTest {

  @Test
  void decisionsPassAndJsonNumbersBecomeJavaNumbers() {
    Map<String, Object> sent = new HashMap<>();
    sent.put("consentGiven", true);
    sent.put("outcome", "upheld");
    sent.put("issues", new BigDecimal("3"));
    sent.put("score", new BigDecimal("2.5"));
    sent.put("reason", null);

    Map<String, Object> checked = FormVariables.checked(sent);

    assertThat(checked)
        .containsEntry("consentGiven", true)
        .containsEntry("outcome", "upheld")
        .containsEntry("issues", 3L)
        .containsEntry("score", 2.5)
        .containsEntry("reason", null);
  }

  @Test
  void noVariablesAtAllIsAnEmptyMap() {
    assertThat(FormVariables.checked(null)).isEmpty();
  }

  @Test
  void caseDataNestedStructuresLongTextAndTheCaseIdentityAreRefusedFieldByField() {
    Map<String, Object> sent = new HashMap<>();
    sent.put("address", Map.of("line1", "1 High Street"));
    sent.put("story", "x".repeat(FormVariables.MAX_TEXT + 1));
    sent.put("caseType", "chc");
    sent.put("names", List.of("a"));

    assertThatThrownBy(() -> FormVariables.checked(sent))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "variables.address",
                        "variables.story",
                        "variables.caseType",
                        "variables.names"));
  }

  @Test
  void aNameThatIsNotAnIdentifierIsRefused() {
    assertThatThrownBy(() -> FormVariables.checked(Map.of("1 drop table", true)))
        .isInstanceOf(InvalidInputException.class);
  }
}
