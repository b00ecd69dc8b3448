package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Request;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseStepsTest.Requests;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;

/** The funding request's own part of its destruction, against a stand-in for JPA. */
class CaseFileErasureTest {

  /** A panel's minutes, kept beside a request under its id. */
  record Minutes(String requestId) {}

  private final List<String> done = new ArrayList<>();
  private final Requests requests = new Requests();
  private Object keptBeside = new Minutes("r-1");

  private final EntityManager entityManager =
      (EntityManager)
          Proxy.newProxyInstance(
              EntityManager.class.getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "remove" -> note("removed " + args[0]);
                    case "flush" -> note("flushed");
                    case "find" -> args[0] == Minutes.class ? keptBeside : null;
                    case "createQuery" -> deletion((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                  });

  /** The request type's part: its screening notes and its panel's minutes go before it. */
  private final CaseFileErasure<Request> erasure =
      new CaseFileErasure<>(requests, entityManager, "the funding request") {
        @Override
        public List<String> destroyBeside(String caseId) {
          int notes = deleteRowsOf("ScreeningNote", "requestId", caseId);
          boolean minutes = deleteOne(Minutes.class, caseId);
          return List.of(notes + " screening notes", "minutes " + minutes);
        }
      };

  private final Request closed = new Request("r-1", "IFR-2026-000001", true);

  CaseFileErasureTest() {
    requests.byId.put(closed.id(), closed);
  }

  private Object note(String call) {
    done.add(call);
    return null;
  }

  private Query deletion(String jpql) {
    done.add(jpql);
    return (Query)
        Proxy.newProxyInstance(
            Query.class.getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setParameter" -> {
                    done.add(args[0] + "=" + args[1]);
                    yield proxy;
                  }
                  case "executeUpdate" -> 3;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void aClosedCaseIsNamedByItsReferenceOnTheCertificate() {
    assertThat(erasure.nameForCertificate("r-1")).isEqualTo("the funding request IFR-2026-000001");
  }

  @Test
  void aCaseThatNeverExistedIsNotFound() {
    assertThatThrownBy(() -> erasure.nameForCertificate("r-9"))
        .isInstanceOf(NotFoundProblem.class)
        .hasMessage("There is no funding request r-9.");
  }

  @Test
  void anOpenCaseIsNotDestroyed() {
    requests.byId.put("r-2", new Request("r-2", "IFR-2026-000002", false));

    assertThatThrownBy(() -> erasure.nameForCertificate("r-2"))
        .isInstanceOf(ConflictProblem.class)
        .hasMessage("Funding request IFR-2026-000002 is open and cannot be destroyed.");
  }

  @Test
  void whatIsKeptBesideGoesByTheCasesId() {
    assertThat(erasure.destroyBeside("r-1")).containsExactly("3 screening notes", "minutes true");
    assertThat(done)
        .containsExactly(
            "delete from ScreeningNote x where x.requestId = :id",
            "id=r-1",
            "removed " + new Minutes("r-1"));
  }

  @Test
  void nothingBesideIsNothingToRemove() {
    keptBeside = null;

    assertThat(erasure.destroyBeside("r-1")).containsExactly("3 screening notes", "minutes false");
    assertThat(done).noneMatch(call -> call.startsWith("removed"));
  }

  @Test
  void theCaseGoesLastAndAtOnce() {
    erasure.destroyCase("r-1");

    assertThat(done).containsExactly("removed " + closed, "flushed");
  }

  @Test
  void aTypeKeepingNothingBesideDestroysNothingElse() {
    assertThat(new CaseFileErasure<>(requests, entityManager, "x").destroyBeside("r-1")).isEmpty();
  }
}
