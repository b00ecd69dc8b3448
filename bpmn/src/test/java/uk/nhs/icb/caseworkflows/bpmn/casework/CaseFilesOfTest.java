package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Request;

/** Funding requests described to the kit in one expression. */
class CaseFilesOfTest {

  private final Request open = new Request("r-1", "IFR-2026-000001", false);
  private final Request closed = new Request("r-2", "IFR-2026-000002", true);
  private final Map<String, Request> stored = Map.of("r-1", open, "r-2", closed);

  private final CaseFiles<Request> files =
      new CaseFilesOf<>(
          "ifr",
          "funding request",
          id -> Optional.ofNullable(stored.get(id)),
          Request::reference,
          Request::closed,
          Request::id);

  @Test
  void theTypeIsNamedAsGiven() {
    assertThat(files.caseType()).isEqualTo("ifr");
    assertThat(files.noun()).isEqualTo("funding request");
    assertThat(files.nounStartingASentence()).isEqualTo("Funding request");
  }

  @Test
  void casesAreFoundAndDescribedByTheFunctionsGiven() {
    assertThat(files.find("r-2")).contains(closed);
    assertThat(files.find("r-9")).isEmpty();
    assertThat(files.referenceOf(open)).isEqualTo("IFR-2026-000001");
    assertThat(files.idOf(closed)).isEqualTo("r-2");
    assertThat(files.isClosed(open)).isFalse();
    assertThat(files.isClosed(closed)).isTrue();
  }
}
