package uk.nhs.icb.caseworkflows.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintRetentionStart;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.InMemoryComplaints;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.RecordingAuditTrail;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.SignedIn;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

class ComplaintClosureTest {

  private static final Caller HANDLER = new Caller("daniel.oconnor", Set.of("complaints-handler"));

  private RecordingAuditTrail auditTrail;
  private final List<String> retentionStarted = new ArrayList<>();
  private final List<String> storiesAsked = new ArrayList<>();

  private ComplaintClosure closure(Complaint complaint, Caller caller) {
    SignedIn signedIn = new SignedIn(caller);
    auditTrail = new RecordingAuditTrail(signedIn);
    ComplaintRetentionStart retention =
        new ComplaintRetentionStart() {
          @Override
          public void closed(Complaint closed) {
            retentionStarted.add(closed.id() + " " + closed.retentionStartsOn().orElseThrow());
          }
        };
    StoryConsent stories =
        new StoryConsent() {
          @Override
          public Story askAfterClosure(Complaint closed) {
            storiesAsked.add(closed.id() + " " + closed.isClosed());
            return null;
          }
        };
    return new ComplaintClosure(
        new InMemoryComplaints(complaint),
        auditTrail,
        signedIn,
        ComplaintFakes.clock(),
        retention,
        stories);
  }

  private static void close(ComplaintClosure closure, Complaint complaint, String reason) {
    closure.execute(ServiceTaskExecution.of(complaint.id(), Map.of("closureReason", reason)));
  }

  @Test
  void theComplaintIsClosedByTheUserWhoMovedTheProcessTodayAndAudited() {
    Complaint complaint = ComplaintLetterFixtures.outsideRemit(OutsideRemitReason.NOT_NHS);

    close(closure(complaint, HANDLER), complaint, "OUTSIDE_REMIT");

    assertThat(complaint.isClosed()).isTrue();
    assertThat(complaint.closure().orElseThrow().reason()).isEqualTo(ClosureReason.OUTSIDE_REMIT);
    assertThat(complaint.closure().orElseThrow().closedBy()).isEqualTo("daniel.oconnor");
    assertThat(complaint.retentionStartsOn()).contains(LocalDate.of(2026, 3, 5));
    assertThat(auditTrail.recorded).hasSize(1);
    assertThat(auditTrail.recorded.get(0).as()).isEqualTo(HANDLER);
    assertThat(auditTrail.recorded.get(0).entry().action()).isEqualTo("COMPLAINT_CLOSED");
    assertThat(auditTrail.recorded.get(0).entry().caseId()).isEqualTo(complaint.id());
    assertThat(auditTrail.recorded.get(0).entry().detail()).isEqualTo("OUTSIDE_REMIT");
    assertThat(retentionStarted).containsExactly(complaint.id() + " 2026-03-05");
    assertThat(storiesAsked)
        .as("the story's consent is offered the closed complaint, which decides if it is upheld")
        .containsExactly(complaint.id() + " true");
  }

  @Test
  void whoMayComplainARefusedRepresentativesComplaintClosesAsStandingRefused() {
    Complaint complaint = ComplaintLetterFixtures.standingRefused();

    close(closure(complaint, HANDLER), complaint, "STANDING_REFUSED");

    assertThat(complaint.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.STANDING_REFUSED);
    assertThat(auditTrail.recorded.get(0).entry().detail()).isEqualTo("STANDING_REFUSED");
    assertThat(retentionStarted).containsExactly(complaint.id() + " 2026-03-05");
  }

  @Test
  void withdrawnConsentClosesAsConsentNotGivenAndTheTrailSaysItWasWithdrawn() {
    Complaint complaint = ComplaintLetterFixtures.planned();

    close(closure(complaint, Caller.SYSTEM), complaint, "CONSENT_WITHDRAWN");

    assertThat(complaint.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.CONSENT_NOT_GIVEN);
    assertThat(complaint.closure().orElseThrow().closedBy()).isEqualTo("system");
    assertThat(auditTrail.recorded.get(0).entry().detail())
        .isEqualTo("CONSENT_NOT_GIVEN (CONSENT_WITHDRAWN)");
  }

  @Test
  void aComplaintAlreadyClosedForTheSameReasonIsLeftAsItIs() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    complaint.close(ClosureReason.WITHDRAWN, ComplaintLetterFixtures.TODAY, "daniel.oconnor");

    close(closure(complaint, Caller.SYSTEM), complaint, "WITHDRAWN");

    assertThat(complaint.closure().orElseThrow().closedBy()).isEqualTo("daniel.oconnor");
    assertThat(auditTrail.recorded).isEmpty();
    assertThat(retentionStarted).as("retention started once, by the closing use case").isEmpty();
  }

  @Test
  void theDomainsRulesStillApply() {
    Complaint complaint = ComplaintLetterFixtures.planned();

    assertThatThrownBy(() -> close(closure(complaint, HANDLER), complaint, "RESPONDED"))
        .isInstanceOf(ComplaintRuleException.class);
    assertThat(complaint.isClosed()).isFalse();
    assertThat(auditTrail.recorded).isEmpty();
  }
}
