package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_RESPONSE_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.date;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DRAFT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.FINAL_RESPONSE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.plan;

import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 9: a manager returning a draft can send the complaint back to its investigation,
 * not only back for redrafting; the investigation's provider timers run again from the return, and
 * the complaint comes back through drafting and sign-off before anything is sent.
 */
class ReturnedForMoreInvestigationTest {

  /** The day the manager returns the draft, after the first provider dates had passed. */
  private static final Date RETURNED_AT = date("2026-12-28T10:00:00Z");

  private static final Date NEW_PROVIDER_REMINDER = date("2027-01-07T17:00:00Z");
  private static final Date NEW_PROVIDER_RESPONSE = date("2027-01-11T17:00:00Z");

  private ComplaintProcessHarness complaint;

  @BeforeEach
  void reachSignOff() {
    complaint = new ComplaintProcessHarness();
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));
    complaint.passTime(later(PROVIDER_RESPONSE_DUE, -3_600));
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
  }

  @AfterEach
  void stopEngineAndResetClock() {
    complaint.close();
  }

  @Test
  void point9AReturnForMoreInvestigationOpensTheInvestigationAgainAndNothingIsSent() {
    complaint.passTime(RETURNED_AT);

    complaint.complete(SIGN_OFF, returnedForInvestigation());

    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
    assertThat(complaint.casework.letters()).doesNotContain(FINAL_RESPONSE);
    assertThat(complaint.casework.breaches()).doesNotContain("PROVIDER_RESPONSE_OVERDUE");
    assertThat(complaint.waitingTimers())
        .contains("provider-response-reminder", "provider-response-overdue");
  }

  @Test
  void point9TheProviderIsChasedFromTheReturnNotFromTheOldDates() {
    complaint.passTime(RETURNED_AT);
    // The first investigation's reminder came before its draft.
    assertThat(complaint.casework.reminders()).hasSize(1);
    complaint.complete(SIGN_OFF, returnedForInvestigation());

    complaint.passTime(later(NEW_PROVIDER_REMINDER, -60));
    assertThat(complaint.casework.reminders()).hasSize(1);
    assertThat(complaint.casework.breaches()).doesNotContain("PROVIDER_RESPONSE_OVERDUE");

    complaint.passTime(later(NEW_PROVIDER_RESPONSE, 60));
    assertThat(complaint.casework.reminders()).hasSize(2);
    assertThat(complaint.casework.breaches()).contains("PROVIDER_RESPONSE_OVERDUE");
  }

  @Test
  void point9AfterTheFurtherInvestigationTheResponseIsDraftedSignedOffAndSent() {
    complaint.complete(SIGN_OFF, returnedForInvestigation());
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true, "moreInvestigation", false));

    assertThat(complaint.casework.letters()).endsWith(FINAL_RESPONSE);
    assertThat(complaint.casework.closures()).containsExactly("RESPONDED");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void point9AReturnForRedraftingStillGoesBackToTheDraftOnly() {
    complaint.complete(SIGN_OFF, Map.of("approved", false, "moreInvestigation", false));

    assertThat(complaint.openTasks()).containsExactly(DRAFT);
  }

  /** What ComplaintResponse.returnForInvestigation completes the step with. */
  private static Map<String, Object> returnedForInvestigation() {
    return Map.of(
        "approved",
        false,
        "moreInvestigation",
        true,
        "providerResponseDue",
        NEW_PROVIDER_RESPONSE,
        "providerReminderDue",
        NEW_PROVIDER_REMINDER);
  }
}
