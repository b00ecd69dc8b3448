package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;

/**
 * Issue 14 point 1: the date the acknowledgement promised is not silently replaced when the plan is
 * agreed: the plan keeps it unless another is agreed, and another date is a change on the file.
 */
class PlanKeepsTheDatePromisedInTheAcknowledgementTest {

  /** Acknowledged on Tuesday 3 March 2026: 25 working days on. */
  private static final LocalDate PROMISED = DEADLINES.defaultResponseDue(LocalDate.of(2026, 3, 3));

  private static Complaint acknowledgedWithItsPromise() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));
    complaint.timetable().promiseResponseBy(PROMISED);
    return complaint;
  }

  private static void plan(Complaint complaint, LocalDate agreed, String on) {
    complaint.plan(
        new ComplaintPlan(List.of("The delay"), Investigator.ICB, agreed),
        new ConsentCheck(
            List.of(
                consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
                consent(
                    complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"))),
        DEADLINES,
        london(on),
        HANDLER);
  }

  @Test
  void aPlanWithoutAnAgreedDateKeepsTheDateTheAcknowledgementPromised() {
    Complaint complaint = acknowledgedWithItsPromise();

    plan(complaint, null, "2026-03-10T10:00");

    assertThat(complaint.timetable().responseDue()).hasValue(PROMISED);
    assertThat(complaint.timetable().responseDateChanges()).isEmpty();
    // Before this change the plan reset it to the plan's day plus 25 working days.
    assertThat(PROMISED).isBefore(DEADLINES.defaultResponseDue(LocalDate.of(2026, 3, 10)));
  }

  @Test
  void anotherDateAgreedInThePlanIsAChangeOnTheFileFromThePromisedDate() {
    Complaint complaint = acknowledgedWithItsPromise();

    plan(complaint, LocalDate.of(2026, 5, 29), "2026-03-10T10:00");

    assertThat(complaint.timetable().responseDue()).hasValue(LocalDate.of(2026, 5, 29));
    assertThat(complaint.timetable().promisedInTheAcknowledgement()).hasValue(PROMISED);
    assertThat(complaint.timetable().responseDateChanges())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.from()).isEqualTo(PROMISED);
              assertThat(change.to()).isEqualTo(LocalDate.of(2026, 5, 29));
              assertThat(change.reason()).contains("Agreed with the complainant");
            });
  }

  @Test
  void aPromisedDateAlreadyPassedWhenThePlanIsAgreedGivesTheDefaultAndSaysWhy() {
    Complaint complaint = acknowledgedWithItsPromise();

    plan(complaint, null, "2026-05-01T10:00");

    LocalDate fresh = DEADLINES.defaultResponseDue(LocalDate.of(2026, 5, 1));
    assertThat(complaint.timetable().responseDue()).hasValue(fresh);
    assertThat(complaint.timetable().responseDateChanges())
        .singleElement()
        .satisfies(change -> assertThat(change.reason()).contains("passed before the plan"));
  }
}
