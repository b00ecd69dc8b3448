package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.happenedOn;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.jane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;

/**
 * Issue point 3: a complaint about the ICB itself (its commissioning decisions, its own staff or
 * services) goes to no provider: the ICB investigates and responds, so it needs no consent to share
 * with one, and no provider can be asked to investigate it.
 */
class ComplaintAboutTheIcbItselfTest {

  private static Complaint aboutTheIcb() {
    return acknowledged(
        ComplaintMade.byThePatient(
            jane(),
            new SubjectOfComplaint("Northvale ICB commissioning team", List.of(), true),
            happenedOn(LocalDate.of(2026, 2, 1))));
  }

  @Test
  void itIsPlannedWithOnlyTheComplainantsConsentToTheIcbHandlingIt() {
    Complaint complaint = aboutTheIcb();

    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .containsExactly(ConsentPurpose.PROCESS_CASE);
    complaint.plan(
        ComplaintPlan.withDefaultResponseDate(List.of("The funding decision"), Investigator.ICB),
        new ConsentCheck(
            List.of(consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"))),
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
    assertThat(complaint.subject().isTheIcbItself()).isTrue();
  }

  @Test
  void noProviderIsAskedToInvestigateIt() {
    Complaint complaint = aboutTheIcb();

    assertThatThrownBy(
            () ->
                complaint.plan(
                    ComplaintPlan.withDefaultResponseDate(List.of("Delay"), Investigator.PROVIDER),
                    new ConsentCheck(
                        List.of(
                            consent(
                                complaint,
                                ConsentPurpose.PROCESS_CASE,
                                "Jane Smith",
                                "complainant"))),
                    DEADLINES,
                    london("2026-03-04T10:00"),
                    HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("about the ICB itself");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
  }

  @Test
  void aComplaintAboutAProviderIsNotAboutTheIcbUnlessSaid() {
    assertThat(new SubjectOfComplaint("Riverside Surgery", List.of()).isTheIcbItself()).isFalse();
  }
}
