package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Point 14: staff named in the complaint are told and offered support, and the file records it; the
 * audit trail keeps that it happened, not the staff member's name.
 */
class StaffNamedInTheComplaintTest {

  @Test
  void staffToldAndOfferedSupportAreRecordedOnTheFile() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);

    StaffInformed told =
        new StaffSupport(fakes.steps, fakes.records)
            .record(
                complaint.id(),
                "Sam Lee",
                "Referrals coordinator",
                LocalDate.of(2026, 3, 4),
                "A meeting with their line manager and the staff wellbeing service",
                true);

    assertThat(fakes.records.staffInformedOf(complaint.id())).containsExactly(told);
    assertThat(told.supportAccepted()).isTrue();
    assertThat(fakes.audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("STAFF_TOLD_OF_COMPLAINT");
              assertThat(entry.detail()).doesNotContain("Sam Lee");
            });
  }

  @Test
  void staffCannotBeToldBeforeTheComplaintArrivedNorOnADayToCome() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    StaffSupport support = new StaffSupport(fakes.steps, fakes.records);

    assertThatThrownBy(
            () ->
                support.record(
                    complaint.id(), "Sam Lee", "Coordinator", LocalDate.of(2026, 3, 6), "x", false))
        .isInstanceOf(ComplaintRuleException.class);
    assertThatThrownBy(
            () ->
                support.record(
                    complaint.id(), "Sam Lee", "Coordinator", LocalDate.of(2025, 1, 1), "x", false))
        .isInstanceOf(ComplaintRuleException.class);
    assertThat(fakes.records.staff).isEmpty();
  }
}
