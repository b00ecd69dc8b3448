package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading.WholeCase;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Register;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Request;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Requests;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Step;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;

/** A funding request read whole for its page: the request, what is kept beside it, its worker. */
class CaseFileReadingTest {

  private static final CaseworkTeam COORDINATORS =
      new CaseworkTeam("ifr", "ifr-coordinator", "ifr-panel");

  private final List<String> read = new ArrayList<>();
  private final Map<String, CaseAssignment> assigned = new HashMap<>();
  private final Requests requests = new Requests();

  private final CaseRecords kept =
      new CaseRecords(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());

  private final CaseFileReading reading =
      new CaseFileReading(
          new CaseReading() {
            @Override
            public CaseRecords read(String caseType, String caseId, String action, String what) {
              read.add(action + " " + caseType + "/" + caseId + " " + what);
              return kept;
            }
          },
          new CaseAssignments() {
            @Override
            public Optional<CaseAssignment> find(String caseType, String caseId) {
              return Optional.ofNullable(assigned.get(caseType + "/" + caseId));
            }
          });

  private final CaseActions<Request, Step> actions =
      new CaseActions<>(
          requests,
          new CaseActionsTest.Engine(),
          new Register(),
          CaseActionsTest.recordingInto(new ArrayList<>()),
          CaseActionsTest.signedIn("j.patel"),
          Clock.fixed(CaseActionsTest.NOW, ZoneOffset.UTC));

  private final Request request = new Request("r-1", "IFR-2026-000001", false);

  CaseFileReadingTest() {
    requests.byId.put(request.id(), request);
  }

  @Test
  void theCaseAndWhatIsKeptBesideItAreReadAsOneAuditedRead() {
    WholeCase<Request> whole = reading.read(actions, "r-1", "IFR_READ", "the funding request");

    assertThat(whole.file()).isEqualTo(request);
    assertThat(whole.records()).isSameAs(kept);
    assertThat(read).containsExactly("IFR_READ ifr/r-1 the funding request");
  }

  @Test
  void aCaseNobodyHasTakenHasNoCaseworker() {
    assigned.put("ifr/r-1", CaseAssignment.unassigned(COORDINATORS, "r-1"));

    assertThat(reading.read(actions, "r-1", "IFR_READ", "it").caseworker()).isEmpty();
  }

  @Test
  void theCaseworkerIsWhoeverWorksItNow() {
    CaseAssignment assignment = CaseAssignment.unassigned(COORDINATORS, "r-1");
    assignment.assignAtIntake("ifr-coordinator-2", "ifr-coordinator", Instant.EPOCH);
    assigned.put("ifr/r-1", assignment);

    assertThat(reading.read(actions, "r-1", "IFR_READ", "it").caseworker())
        .contains("ifr-coordinator-2");
  }

  @Test
  void aCaseThatNeverExistedIsNotReadAtAll() {
    assertThatThrownBy(() -> reading.read(actions, "r-9", "IFR_READ", "it"))
        .isInstanceOf(NotFoundProblem.class);
    assertThat(read).isEmpty();
  }
}
