package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case page offers the forms of the steps its case waits at, in the order declared. */
class StepLinksTest {

  private final StepLinks<Boolean> links =
      new StepLinks<Boolean>()
          .at("review", "decision", "Decide", true)
          .at("gather", "evidence", "Record evidence", true)
          .at("gather", "pause", "Pause", false, paused -> !paused)
          .at("gather", "resume", "Resume", false, paused -> paused)
          .at("gather", "finish", "Finish", false);

  @Test
  void eachOpenStepOffersItsFormsAndAConditionChoosesBetweenTwo() {
    assertThat(paths(links.forSteps(List.of("gather"), false)))
        .containsExactly("evidence", "pause", "finish");
    assertThat(paths(links.forSteps(List.of("gather"), true)))
        .containsExactly("evidence", "resume", "finish");
    assertThat(paths(links.forSteps(List.of("review", "elsewhere"), false)))
        .containsExactly("decision");
    assertThat(links.forSteps(List.of("review"), false).get(0))
        .containsEntry("text", "Decide")
        .containsEntry("primary", true);
  }

  @Test
  void aStepWithoutFormsOffersNothing() {
    assertThat(links.forSteps(List.of("automatic"), false)).isEmpty();
  }

  private static List<Object> paths(List<Map<String, Object>> actions) {
    return actions.stream().map(action -> action.get("path")).toList();
  }
}
