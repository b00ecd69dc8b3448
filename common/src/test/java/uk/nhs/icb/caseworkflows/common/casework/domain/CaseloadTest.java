package uk.nhs.icb.caseworkflows.common.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseloadTest {

  @Test
  void eachCaseworkersOpenCasesAreCountedBusiestFirstThenByName() {
    List<Caseload> caseloads =
        Caseload.count("complaint", List.of("bob", "alice", "carol", "bob", "alice", "bob"));

    assertThat(caseloads)
        .containsExactly(
            new Caseload("complaint", "bob", 3),
            new Caseload("complaint", "alice", 2),
            new Caseload("complaint", "carol", 1));
  }

  @Test
  void noOpenCasesIsAnEmptyCaseload() {
    assertThat(Caseload.count("chc", List.of())).isEmpty();
  }
}
