package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/** What a service task reads from its execution, and the shared flag task, without an engine. */
class DelegateVariablesTest {

  /** Answers the four questions a delegate asks of its execution; anything else is a mistake. */
  private record Execution(String caseId, Map<String, Object> given) implements InvocationHandler {

    DelegateExecution proxy() {
      return (DelegateExecution)
          Proxy.newProxyInstance(
              getClass().getClassLoader(), new Class<?>[] {DelegateExecution.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      String name = method.getName();
      if (name.equals("getBusinessKey")) {
        return caseId;
      }
      if (name.equals("getVariable")) {
        return given.get(args[0]);
      }
      if (name.equals("getProcessInstanceId")) {
        return "pi-" + caseId;
      }
      if (name.equals("getCurrentActivityId")) {
        return "flag-it";
      }
      throw new UnsupportedOperationException(name);
    }
  }

  private static DelegateExecution execution(String caseId, Map<String, Object> given) {
    return new Execution(caseId, given).proxy();
  }

  @Test
  void theCaseIsFoundByTheBusinessKey() {
    DelegateExecution execution = execution("c-7", Map.of());

    assertThat(DelegateVariables.caseId(execution)).isEqualTo("c-7");
    String found =
        DelegateVariables.caseOf(execution, id -> Optional.of("case " + id), "assessment");
    assertThat(found).isEqualTo("case c-7");
  }

  @Test
  void aProcessWithoutItsCaseFailsNamingBoth() {
    assertThatThrownBy(
            () ->
                DelegateVariables.caseOf(
                    execution("c-8", Map.of()), id -> Optional.empty(), "assessment"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("process pi-c-8 has no assessment c-8");
  }

  @Test
  void anInstructionMustBeGivenByTheModel() {
    assertThat(DelegateVariables.instruction(execution("c-1", Map.of("kind", "LETTER")), "kind"))
        .isEqualTo("LETTER");
    assertThatThrownBy(
            () -> DelegateVariables.instruction(execution("c-1", Map.of("kind", " ")), "kind"))
        .hasMessage("the task 'flag-it' was not given its kind");
  }

  @Test
  void onlyTrueIsAFlagSet() {
    DelegateExecution execution = execution("c-1", Map.of("late", true, "urgent", "true"));

    assertThat(DelegateVariables.flag(execution, "late")).isTrue();
    assertThat(DelegateVariables.flag(execution, "urgent")).isFalse();
    assertThat(DelegateVariables.flag(execution, "absent")).isFalse();
  }

  @Test
  void aTimerDateIsReadAsTheDayInEngland() {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    Date due = Date.from(Instant.parse("2026-06-30T23:30:00Z"));

    assertThat(DelegateVariables.day(execution("c-1", Map.of("due", due)), "due"))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(DelegateVariables.day(execution("c-1", Map.of()), "due")).isNull();
  }

  @Test
  void aFlagTaskFlagsItsCaseAsTheSystem() {
    List<AuditEntry> entries = new ArrayList<>();
    List<Caller> callers = new ArrayList<>();
    AuditTrail trail =
        new AuditTrail() {
          @Override
          public AuditEvent recordAs(Caller as, AuditEntry entry) {
            callers.add(as);
            entries.add(entry);
            return null;
          }
        };

    new CaseFlagging(trail, "chc").execute(execution("c-3", Map.of("flag", "REVIEW_OVERDUE")));

    assertThat(callers).containsExactly(Caller.SYSTEM);
    assertThat(entries)
        .containsExactly(
            new AuditEntry(AuditKind.CHANGE, "CASE_FLAGGED", "chc", "c-3", "REVIEW_OVERDUE"));
  }
}
