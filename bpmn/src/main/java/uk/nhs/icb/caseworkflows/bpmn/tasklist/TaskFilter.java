package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;

/**
 * How the caller narrowed their list: one case type, overdue only, and whose tasks ({@code mine}
 * for those assigned to them, {@code team} for unclaimed ones open to their roles, or both); and
 * the order, soonest due first unless asked otherwise.
 */
public record TaskFilter(String caseType, boolean overdueOnly, Whose whose, Sort sort) {

  /** Whose tasks to list. */
  public enum Whose {
    MINE,
    TEAM,
    ALL
  }

  /** The order of the list. */
  public enum Sort {
    DUE,
    DUE_DESC,
    CREATED,
    NAME
  }

  public static final TaskFilter EVERYTHING = new TaskFilter(null, false, Whose.ALL, Sort.DUE);

  /** The filters as query parameters, each refusal named; a 400 listing them all. */
  public static TaskFilter parse(String caseType, String overdue, String whose, String sort) {
    QueryParameters typed = new QueryParameters();
    TaskFilter filter =
        new TaskFilter(
            typed.text("caseType", caseType, CasePart.CASE_TYPE_LENGTH),
            typed.flag("overdue", overdue),
            typed.choice("assigned", whose, Whose.class, Whose.ALL),
            typed.choice("sort", sort, Sort.class, Sort.DUE));
    typed.throwIfInvalid();
    return filter;
  }
}
