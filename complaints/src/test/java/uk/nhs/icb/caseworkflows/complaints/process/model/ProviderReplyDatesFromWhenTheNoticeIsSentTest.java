package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_RESPONSE_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.date;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DECIDE_ANONYMOUS;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.plan;

import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 6: when the anonymity question delays the disclosure notice past the dates set at
 * planning, the provider's reply date and reminder run from when the notice is sent (the dates
 * ComplaintPlanning gives with the decision), so the investigation's timers do not fire at once.
 */
class ProviderReplyDatesFromWhenTheNoticeIsSentTest {

  /** Decided on Monday 4 January 2027: ten working days on, and two before that. */
  private static final Date DECIDED = date("2027-01-04T10:00:00Z");

  private static final Date NEW_REMINDER = date("2027-01-14T17:00:00Z");
  private static final Date NEW_REPLY_DUE = date("2027-01-18T17:00:00Z");

  private ComplaintProcessHarness complaint;

  @BeforeEach
  void startEngine() {
    complaint = new ComplaintProcessHarness();
  }

  @AfterEach
  void stopEngineAndResetClock() {
    complaint.close();
  }

  @Test
  void aNoticeSentAfterTheAnonymityDecisionGivesTheProviderItsFullTimeToReply() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(true));

    complaint.passTime(later(PROVIDER_RESPONSE_DUE, 86_400));
    assertThat(DECIDED).isAfter(PROVIDER_RESPONSE_DUE);
    complaint.passTime(DECIDED);
    complaint.complete(
        DECIDE_ANONYMOUS,
        Map.of(
            "canInvestigateAnonymously", true,
            "providerResponseDue", NEW_REPLY_DUE,
            "providerReminderDue", NEW_REMINDER));
    complaint.passTime(later(DECIDED, 60));

    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
    assertThat(complaint.casework.reminders()).isEmpty();
    assertThat(complaint.casework.breaches()).doesNotContain("PROVIDER_RESPONSE_OVERDUE");

    complaint.passTime(later(NEW_REMINDER, 60));
    assertThat(complaint.casework.reminders()).containsExactly("PROVIDER_RESPONSE_DUE_SOON");
    complaint.passTime(later(NEW_REPLY_DUE, 60));
    assertThat(complaint.casework.breaches()).contains("PROVIDER_RESPONSE_OVERDUE");
  }
}
