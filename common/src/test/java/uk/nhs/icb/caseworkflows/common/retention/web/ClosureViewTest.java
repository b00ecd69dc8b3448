package uk.nhs.icb.caseworkflows.common.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every case file's closure has the same JSON: its components' names are its field names. */
class ClosureViewTest {

  @Test
  void itsJsonFieldsAreTheOnesEveryCaseFileShows() {
    assertThat(Arrays.stream(ClosureView.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("reason", "closedAt", "retentionStartsOn", "keptUntil");
  }
}
