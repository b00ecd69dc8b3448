package uk.nhs.icb.caseworkflows.common.casework.application;

import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;

/**
 * A case list narrowed by who works its cases, from the cases' {@code CaseAssignment} in the list's
 * own query, so the list pages and counts as without it. A case nobody has taken yet has no
 * caseworker and belongs to no team's list.
 *
 * @param caseworker only cases this user works now, or null
 * @param team only cases worked by a member of this team (its role name), or null
 */
public record CaseworkFilter(String caseworker, String team) {

  /** What {@code caseworker=me} asks for: the cases of the user asking. */
  public static final String ME = "me";

  /** The longest user or team name a list accepts. */
  public static final int MAX_NAME_LENGTH = 100;

  private static final Pattern CASE_TYPE = Pattern.compile("[a-z][a-z0-9_-]*");

  /**
   * Reads the query parameters {@code caseworker} (a user name, or {@value #ME} for {@code caller})
   * and {@code team}; a bad value is reported under its parameter's name.
   */
  public static CaseworkFilter read(
      QueryParameters typed, String caseworker, String team, String caller) {
    String worker = typed.text("caseworker", caseworker, MAX_NAME_LENGTH);
    if (ME.equalsIgnoreCase(worker) && caller != null) {
      worker = caller;
    }
    return new CaseworkFilter(worker, typed.text("team", team, MAX_NAME_LENGTH));
  }

  /**
   * Adds the filters given to a list of {@code caseType} cases whose id is at {@code idPath}; the
   * case type is a constant of the case module, never input, and must look like one.
   */
  public QueryConditions narrow(QueryConditions where, String caseType, String idPath) {
    if (!CASE_TYPE.matcher(caseType).matches()) {
      throw new IllegalArgumentException("not a case type: " + caseType);
    }
    String assigned =
        "exists (select a from CaseAssignment a where a.caseType = '"
            + caseType
            + "' and a.caseId = "
            + idPath
            + " and a.caseworker is not null";
    return where
        .whenGiven(assigned + " and a.caseworker = :caseworker)", "caseworker", caseworker)
        .whenGiven(assigned + " and a.team = :team)", "team", team);
  }

  /** The filters given, for the audit trail of a search; blank when none. */
  public String describe() {
    return (caseworker == null ? "" : " caseworker=" + caseworker)
        + (team == null ? "" : " team=" + team);
  }
}
