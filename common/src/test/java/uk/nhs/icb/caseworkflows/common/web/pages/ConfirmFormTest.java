package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A form with no questions: what will happen, what the file says, and the button that does it. */
class ConfirmFormTest {

  /** Sending a "thing" to its panel. */
  static final class ToPanel extends ConfirmForm<String> {

    final List<String> sent = new ArrayList<>();

    ToPanel() {
      super("to-panel", "Send to the panel", Set.of("lead"), "The panel decides next.", "Send it");
    }

    @Override
    protected void facts(String file, FormModel form) {
      form.fact("Thing", file);
    }

    @Override
    protected String confirm(String caseId) {
      sent.add(caseId);
      return "Sent to the panel.";
    }
  }

  private final ToPanel form = new ToPanel();

  @Test
  void itIsNamedAndGuardedAsTheWorkflowSaysAndLinksMessagesToItsButton() {
    assertThat(form.path()).isEqualTo("to-panel");
    assertThat(form.title()).isEqualTo("Send to the panel");
    assertThat(form.firstField()).isEqualTo(ConfirmForm.BUTTON).isEqualTo("submit");
    assertThat(form.roles()).containsExactly("lead");
    assertThat(form.completesStep()).isTrue();
  }

  @Test
  void itShowsWhatHappensAndTheFileButAsksNothing() {
    Map<String, Object> model = form.model("Thing 1", FormValues.empty());

    assertThat(model)
        .containsEntry("intro", List.of("The panel decides next."))
        .containsEntry("facts", List.of(Map.of("key", "Thing", "value", "Thing 1")))
        .containsEntry("fields", List.of())
        .containsEntry("submitLabel", "Send it")
        .containsEntry("warningButton", false)
        .containsEntry("multipart", false);
  }

  @Test
  void pressingTheButtonDoesTheWork() {
    assertThat(form.submit("T-1", FormValues.empty())).isEqualTo("Sent to the panel.");
    assertThat(form.sent).containsExactly("T-1");
  }
}
