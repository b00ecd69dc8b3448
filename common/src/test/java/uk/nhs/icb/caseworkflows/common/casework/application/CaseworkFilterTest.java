package uk.nhs.icb.caseworkflows.common.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;

/** A CHC assessors' list narrowed by who works each assessment. */
class CaseworkFilterTest {

  private static CaseworkFilter read(String caseworker, String team) {
    QueryParameters typed = new QueryParameters();
    CaseworkFilter filter = CaseworkFilter.read(typed, caseworker, team, "chc-assessor-2");
    typed.throwIfInvalid();
    return filter;
  }

  @Test
  void meIsTheUserAskingInAnyCase() {
    assertThat(read(" me ", null).caseworker()).isEqualTo("chc-assessor-2");
    assertThat(read("ME", null).caseworker()).isEqualTo("chc-assessor-2");
  }

  @Test
  void anyOtherNameIsThatCaseworkerAndBlankIsAnyone() {
    assertThat(read(" chc-assessor ", " chc-assessor "))
        .isEqualTo(new CaseworkFilter("chc-assessor", "chc-assessor"));
    assertThat(read(" ", "")).isEqualTo(new CaseworkFilter(null, null));
  }

  @Test
  void tooLongNamesAreRefusedUnderTheirOwnParameter() {
    QueryParameters typed = new QueryParameters();
    CaseworkFilter.read(typed, "x".repeat(101), "y".repeat(101), "chc-assessor");

    assertThat(catchThrowableOfType(typed::throwIfInvalid, InvalidInputException.class).errors())
        .extracting(FieldError::field)
        .containsExactly("caseworker", "team");
  }

  @Test
  void theCaseworkersListJoinsTheCasesAssignment() {
    QueryConditions where =
        new CaseworkFilter("chc-assessor", null).narrow(new QueryConditions(), "chc", "c.id");

    assertThat(where.whereClause())
        .isEqualTo(
            " where exists (select a from CaseAssignment a where a.caseType = 'chc'"
                + " and a.caseId = c.id and a.caseworker is not null"
                + " and a.caseworker = :caseworker)");
  }

  @Test
  void theTeamsListHoldsCasesSomeoneInTheTeamWorks() {
    QueryConditions where =
        new CaseworkFilter(null, "chc-assessor").narrow(new QueryConditions(), "chc", "c.id");

    assertThat(where.whereClause())
        .contains("a.caseworker is not null", "a.team = :team")
        .doesNotContain(":caseworker");
  }

  @Test
  void withoutFiltersNoAssignmentIsLookedAt() {
    assertThat(
            new CaseworkFilter(null, null)
                .narrow(new QueryConditions(), "chc", "c.id")
                .whereClause())
        .isEmpty();
  }

  @Test
  void onlyACaseTypeConstantGoesIntoTheQuery() {
    assertThatThrownBy(
            () ->
                new CaseworkFilter("x", null)
                    .narrow(new QueryConditions(), "chc' or '1'='1", "c.id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAuditTrailSaysWhoseCasesWereListed() {
    assertThat(new CaseworkFilter("chc-assessor-2", "chc-assessor").describe())
        .isEqualTo(" caseworker=chc-assessor-2 team=chc-assessor");
    assertThat(new CaseworkFilter(null, null).describe()).isEmpty();
  }
}
