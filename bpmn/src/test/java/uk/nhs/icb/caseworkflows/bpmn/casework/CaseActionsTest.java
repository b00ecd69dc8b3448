package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Register;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Request;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Requests;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Step;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** What a funding request's use cases get beside the steps: caller, clock, audit and process. */
class CaseActionsTest {

  static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

  /** An engine stand-in that notes each call a use case makes. */
  static final class Engine extends CaseProcesses {
    final List<String> calls = new ArrayList<>();

    Engine() {
      super(null);
    }

    @Override
    public String start(String processKey, CaseKey caseKey, Map<String, Object> flags) {
      calls.add("start " + processKey + " " + caseKey + " " + flags);
      return "p-1";
    }

    @Override
    public void correlate(String messageName, String caseId, Map<String, Object> variables) {
      calls.add("message " + messageName + " to " + caseId + " " + variables);
    }

    @Override
    public int moveDueDate(String caseId, String taskDefinitionKey, Instant due) {
      calls.add("due " + caseId + " " + taskDefinitionKey + " " + due);
      return 1;
    }

    @Override
    public int rescheduleTimer(String caseId, String timerEventId, Instant due) {
      calls.add("timer " + caseId + " " + timerEventId + " " + due);
      return 1;
    }
  }

  static AuditTrail recordingInto(List<AuditEntry> audited) {
    return new AuditTrail() {
      @Override
      public AuditEvent record(AuditEntry entry) {
        audited.add(entry);
        return null;
      }
    };
  }

  static CurrentCaller signedIn(String name) {
    return new CurrentCaller() {
      @Override
      public Caller get() {
        return new Caller(name, Set.of("ifr-coordinator"));
      }
    };
  }

  private final Engine engine = new Engine();
  private final List<AuditEntry> audited = new ArrayList<>();
  private final CaseActions<Request, Step> actions =
      new CaseActions<>(
          new Requests(),
          engine,
          new Register(),
          recordingInto(audited),
          signedIn("j.patel"),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private final Request request = new Request("r-1", "IFR-2026-000001", false);

  @Test
  void theActionHappensNowByTheSignedInPerson() {
    assertThat(actions.now()).isEqualTo(NOW);
    assertThat(actions.callerName()).isEqualTo("j.patel");
  }

  @Test
  void aChangeIsAuditedOnTheCaseOfItsType() {
    actions.audit("REQUEST_SCREENED", "r-1", "exceptional");

    assertThat(audited)
        .containsExactly(
            new AuditEntry(AuditKind.CHANGE, "REQUEST_SCREENED", "ifr", "r-1", "exceptional"));
  }

  @Test
  void aNewCaseProcessIsKeyedByItsIdAndShowsItsReference() {
    actions.startProcess("ifr", request, Map.of("urgent", true));

    assertThat(engine.calls)
        .containsExactly(
            "start ifr " + new CaseKey("ifr", "r-1", "IFR-2026-000001") + " {urgent=true}");
  }

  @Test
  void aMessageCarriesNoFlags() {
    actions.tellProcess("RequestWithdrawn", "r-1");

    assertThat(engine.calls).containsExactly("message RequestWithdrawn to r-1 {}");
  }

  @Test
  void dueDatesAndTimersMoveToTheEndOfTheDayInEngland() {
    actions.moveDueDate("r-1", Step.DECIDE, LocalDate.of(2026, 7, 1));
    actions.rescheduleTimer("r-1", "panel-reminder", LocalDate.of(2026, 1, 15));

    assertThat(engine.calls)
        .containsExactly(
            "due r-1 decide 2026-07-01T16:00:00Z", "timer r-1 panel-reminder 2026-01-15T17:00:00Z");
  }

  @Test
  void theStepsAreTheKitsOwn() {
    assertThat(actions.files().noun()).isEqualTo("funding request");
    assertThat(actions).isInstanceOf(CaseSteps.class);
  }
}
