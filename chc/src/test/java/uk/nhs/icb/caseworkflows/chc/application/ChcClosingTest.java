package uk.nhs.icb.caseworkflows.chc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.testing.RecordedEvents;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.chc.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * Every way a CHC case closes starts its retention clock that day: the process's closures (not
 * eligible, no longer eligible after a reassessment, assessment declined) and an assessor's (died,
 * moved out of area, withdrawn), each firing the {@link RecordClosed} retention listens for, with
 * the process told to stop for the assessor's. The period itself is {@code RetentionSettings}'s.
 */
class ChcClosingTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

  private final Map<String, ChcCase> stored = new HashMap<>();
  private final RecordedEvents<RecordClosed> retention = new RecordedEvents<>();
  private final List<RecordClosed> closed = retention.fired();
  private final List<String> told = new ArrayList<>();
  private final ChcClosing closing;

  ChcClosingTest() {
    ChcCases cases =
        new ChcCases() {
          @Override
          public String nextReference(int year) {
            return "CHC-" + year + "-000001";
          }

          @Override
          public void add(ChcCase chcCase) {
            stored.put(chcCase.id(), chcCase);
          }

          @Override
          public Optional<ChcCase> find(String id) {
            return Optional.ofNullable(stored.get(id));
          }
        };
    AuditTrail audit =
        new AuditTrail() {
          @Override
          public AuditEvent record(AuditEntry entry) {
            return null;
          }

          @Override
          public AuditEvent recordAs(Caller caller, AuditEntry entry) {
            return null;
          }
        };
    CaseProcesses processes =
        new CaseProcesses() {
          @Override
          public void correlate(String message, String caseId, Map<String, Object> variables) {
            told.add(message);
          }
        };
    CurrentCaller caller =
        new CurrentCaller() {
          @Override
          public Caller get() {
            return Caller.SYSTEM;
          }
        };
    Clock clock = Clock.fixed(Instant.parse("2027-06-30T10:00:00Z"), ZoneId.of("Europe/London"));
    ChcSteps steps = new ChcSteps(cases, processes, null, audit, caller, clock);
    closing = new ChcClosing(cases, steps, audit, retention);
  }

  private String kept(ChcCase chcCase) {
    stored.put(chcCase.id(), chcCase);
    return chcCase.id();
  }

  @Test
  void theProcessClosesANotEligibleCaseAndRetentionStartsThatDay() {
    String id =
        kept(
            ChcCaseFixtures.decided(
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 20),
                false,
                CareSetting.OWN_HOME));

    closing.close(id);

    assertThat(stored.get(id).closureReason()).contains(ClosureReason.NOT_ELIGIBLE);
    assertThat(closed)
        .singleElement()
        .satisfies(event -> assertThat(event.closedOn()).isEqualTo(TODAY));
  }

  @Test
  void theProcessClosesAfterAReassessmentAsNoLongerEligible() {
    ChcCase chcCase =
        ChcCaseFixtures.decided(
            LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), true, CareSetting.OWN_HOME);
    chcCase.arrangeCare(ChcCaseFixtures.carePackage(LocalDate.of(2026, 11, 20), "900", false));
    chcCase.recordReview(
        new CareReview(
            LocalDate.of(2027, 2, 1),
            "rachel.green",
            ReviewOutcome.REASSESSMENT,
            "Improved.",
            null),
        null);
    ChcCaseFixtures.assessed(chcCase, RecommendedOutcome.NOT_ELIGIBLE, LocalDate.of(2027, 2, 20));
    chcCase.decide(false, LocalDate.of(2027, 2, 20), "panel", "Needs met.", null, null);
    String id = kept(chcCase);

    closing.close(id);

    assertThat(stored.get(id).closureReason()).contains(ClosureReason.NO_LONGER_ELIGIBLE);
    assertThat(closed).hasSize(1);
  }

  @Test
  void theProcessClosesADeclinedAssessment() {
    ChcCase chcCase = ChcCaseFixtures.referred(LocalDate.of(2027, 6, 1), CareSetting.HOSPITAL);
    chcCase.declineAssessment();
    String id = kept(chcCase);

    closing.close(id);

    assertThat(stored.get(id).closureReason()).contains(ClosureReason.ASSESSMENT_DECLINED);
    assertThat(closed).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = ClosureReason.class,
      names = {"DIED", "MOVED_OUT_OF_AREA", "WITHDRAWN"})
  void anAssessorClosesForTheirReasonsTheProcessStopsAndRetentionStarts(ClosureReason reason) {
    String id = kept(ChcCaseFixtures.fastTracked(LocalDate.of(2027, 6, 28)));

    closing.closeByStaff(id, null, reason.name(), LocalDate.of(2027, 6, 29));

    assertThat(stored.get(id).closureReason()).contains(reason);
    assertThat(closed)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.closedOn()).isEqualTo(LocalDate.of(2027, 6, 29));
              assertThat(event.recordType()).isEqualTo("chc");
            });
    assertThat(told).containsExactly(ChcClosing.CLOSED_BY_STAFF);
  }

  @Test
  void anAssessorCannotChooseAReasonTheProcessGivesNorCloseInFuture() {
    String id = kept(ChcCaseFixtures.fastTracked(LocalDate.of(2027, 6, 28)));

    assertThatThrownBy(() -> closing.closeByStaff(id, null, "NOT_ELIGIBLE", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> closing.closeByStaff(id, null, "DIED", TODAY.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(closed).isEmpty();
    assertThat(told).isEmpty();
  }
}
