package uk.nhs.icb.caseworkflows.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryConditionsTest {

  @Test
  void noFilterGivenMeansNoWhereClauseAndNoParameters() {
    QueryConditions where = new QueryConditions().whenGiven("e.actor = :actor", "actor", null);

    assertThat(where.whereClause()).isEmpty();
    assertThat(BoundParameters.of(where)).isEmpty();
  }

  @Test
  void givenFiltersAreJoinedWithAndAndBoundToTheQuery() {
    QueryConditions where =
        new QueryConditions()
            .whenGiven("e.actor = :actor", "actor", "ig-officer")
            .whenGiven("e.caseId = :caseId", "caseId", null)
            .always("e.sequenceNumber > :after", Map.of("after", 10L));

    assertThat(where.whereClause())
        .isEqualTo(" where e.actor = :actor and e.sequenceNumber > :after");
    assertThat(BoundParameters.of(where))
        .containsExactly(Map.entry("actor", "ig-officer"), Map.entry("after", 10L));
  }
}
