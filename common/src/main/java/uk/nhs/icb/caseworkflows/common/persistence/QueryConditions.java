package uk.nhs.icb.caseworkflows.common.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a list with optional filters: each filter the caller gave adds its JPQL
 * condition and parameter, the ones left out add nothing, and the same clause and parameters serve
 * the page query and its count.
 */
public final class QueryConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code condition} with its one parameter, only when a value was given. */
  public QueryConditions whenGiven(String condition, String parameter, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Adds a condition that always applies, with whatever parameters it names. */
  public QueryConditions always(String condition, Map<String, Object> conditionParameters) {
    conditions.add(condition);
    parameters.putAll(conditionParameters);
    return this;
  }

  /** " where a and b", or nothing when no filter was given. */
  public String whereClause() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
