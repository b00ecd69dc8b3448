package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

class ComplaintSearchTextTest {

  @Test
  void theAuditTrailGetsTheFiltersButNeverTheTextTyped() {
    String described =
        ComplaintSearch.describe(
            new ComplaintCriteria(
                ComplaintStatus.INVESTIGATING, true, "j.smith", null, null, "Mrs Jones"));

    assertThat(described)
        .contains("status=INVESTIGATING", "overdueOnly=true", "handler=j.smith", "text=a name")
        .doesNotContain("Jones");
  }

  @Test
  void aReferenceSearchIsDescribedAsSuch() {
    assertThat(
            ComplaintSearch.describe(
                new ComplaintCriteria(null, false, null, null, null, "cmp-2026-000123")))
        .contains("text=a reference");
  }
}
