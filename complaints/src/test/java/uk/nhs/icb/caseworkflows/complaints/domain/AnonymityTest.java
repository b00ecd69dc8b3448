package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;

import org.junit.jupiter.api.Test;

class AnonymityTest {

  @Test
  void aRequestNotToBeNamedIsRecordedUndecided() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    complaint.disclosureLog().askNotToBeNamed(london("2026-03-02T10:05"), HANDLER);

    Anonymity anonymity = complaint.disclosureLog().anonymity().orElseThrow();
    assertThat(anonymity.requestedAt()).isEqualTo(london("2026-03-02T10:05"));
    assertThat(anonymity.isDecided()).isFalse();
  }

  @Test
  void theHandlerDecidesWhetherItCanBeInvestigatedWithoutNamingThem() {
    Complaint complaint = investigating("Delay");
    complaint.disclosureLog().askNotToBeNamed(london("2026-03-05T10:00"), HANDLER);

    complaint
        .disclosureLog()
        .decideAnonymity(
            false,
            "Only one patient had a home visit that day; the practice will know who it is",
            london("2026-03-06T10:00"),
            "kim");

    Anonymity anonymity = complaint.disclosureLog().anonymity().orElseThrow();
    assertThat(anonymity.isDecided()).isTrue();
    assertThat(anonymity.canInvestigateAnonymously()).isFalse();
    assertThat(anonymity.decisionReason()).startsWith("Only one patient");
    assertThat(anonymity.decidedBy()).isEqualTo("kim");
    assertThat(anonymity.requestedAt()).isEqualTo(london("2026-03-05T10:00"));
  }

  @Test
  void thereIsNothingToDecideIfTheComplainantDidNotAsk() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .decideAnonymity(true, "Fine", london("2026-03-06T10:00"), "kim"))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The complainant has not asked not to be named.");
  }
}
