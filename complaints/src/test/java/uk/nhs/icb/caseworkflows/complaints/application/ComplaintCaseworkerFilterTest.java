package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/** The case list narrowed by who works a complaint: a caseworker (or "me"), or a team. */
class ComplaintCaseworkerFilterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void meIsTheUserAsking() {
    ComplaintCriteria mine = parse(" me ", null, "complaints-handler-2");
    ComplaintCriteria shouted = parse("ME", null, "complaints-handler-2");

    assertThat(mine.caseworker()).isEqualTo("complaints-handler-2");
    assertThat(shouted.caseworker()).isEqualTo("complaints-handler-2");
  }

  @Test
  void anyOtherNameIsThatCaseworker() {
    ComplaintCriteria theirs = parse(" complaints-handler ", null, "complaints-manager");

    assertThat(theirs.caseworker()).isEqualTo("complaints-handler");
    assertThat(theirs.team()).isNull();
  }

  @Test
  void blankCaseworkerAndTeamListEverything() {
    assertThat(parse(" ", "", "complaints-handler")).isEqualTo(ComplaintCriteria.EVERYTHING);
    assertThat(
            ComplaintCriteria.parse(null, null, null, null, null, null, null, null, null)
                .caseworker())
        .isNull();
  }

  @Test
  void theTeamIsReadToo() {
    assertThat(parse(null, " complaints-handler ", "me").team()).isEqualTo("complaints-handler");
  }

  @Test
  void aTooLongCaseworkerOrTeamIsRefusedUnderItsOwnName() {
    InvalidInputException refused =
        catchThrowableOfType(
            () -> parse("x".repeat(101), "y".repeat(101), "me"), InvalidInputException.class);

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("caseworker", "team");
  }

  @Test
  void theOtherFiltersStillHoldBesideTheCaseworker() {
    ComplaintCriteria criteria =
        ComplaintCriteria.parse(
            "investigating", "true", "j.smith", null, null, null, "me", null, "j.smith");

    assertThat(criteria.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(criteria.overdueOnly()).isTrue();
    assertThat(criteria.handler()).isEqualTo("j.smith");
    assertThat(criteria.caseworker()).isEqualTo("j.smith");
  }

  @Test
  void theListAsksForTheCaseworkersOwnComplaints() {
    QueryConditions where =
        ComplaintSearch.conditions(parse("me", null, "complaints-handler-2"), TODAY);

    assertThat(where.whereClause())
        .contains("exists (select a from CaseAssignment a where a.caseType = 'complaint'")
        .contains("a.caseId = c.id")
        .contains("a.caseworker = :caseworker");
    assertThat(parametersOf(where)).containsEntry("caseworker", "complaints-handler-2");
  }

  @Test
  void theTeamViewListsComplaintsSomeoneInTheTeamHolds() {
    QueryConditions where =
        ComplaintSearch.conditions(parse(null, "complaints-handler", "me"), TODAY);

    assertThat(where.whereClause())
        .contains("a.caseworker is not null")
        .contains("a.team = :team")
        .doesNotContain(":caseworker");
    assertThat(parametersOf(where)).containsEntry("team", "complaints-handler");
  }

  @Test
  void withoutTheFiltersTheListDoesNotLookAtAssignments() {
    QueryConditions where =
        ComplaintSearch.conditions(
            new ComplaintCriteria(
                ComplaintStatus.INVESTIGATING, false, "j.smith", null, null, null),
            TODAY);

    assertThat(where.whereClause()).doesNotContain("CaseAssignment");
    assertThat(where.whereClause()).contains("c.receipt.receivedBy = :handler");
  }

  @Test
  void theAuditTrailSaysWhoseCasesWereListed() {
    assertThat(ComplaintSearch.describe(parse("me", "complaints-handler", "complaints-handler-2")))
        .contains("caseworker=complaints-handler-2", "team=complaints-handler");
    assertThat(ComplaintSearch.describe(ComplaintCriteria.EVERYTHING))
        .doesNotContain("caseworker=")
        .doesNotContain("team=");
  }

  private static ComplaintCriteria parse(String caseworker, String team, String caller) {
    return ComplaintCriteria.parse(null, null, null, null, null, null, caseworker, team, caller);
  }

  /** The parameters the conditions bind, caught by a query that only records them. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> parametersOf(QueryConditions where) {
    Map<String, Object> bound = new LinkedHashMap<>();
    TypedQuery<Object> recorder =
        (TypedQuery<Object>)
            Proxy.newProxyInstance(
                TypedQuery.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setParameter")
                      && args.length == 2
                      && args[0] instanceof String name) {
                    bound.put(name, args[1]);
                  }
                  return proxy;
                });
    where.bind(recorder);
    return bound;
  }
}
