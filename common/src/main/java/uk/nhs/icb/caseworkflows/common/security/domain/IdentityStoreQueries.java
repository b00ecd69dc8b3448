package uk.nhs.icb.caseworkflows.common.security.domain;

import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The SQL the Jakarta Security database identity store runs against {@link StaffAccount}'s tables.
 * A disabled account has no password to match, so it cannot sign in.
 */
public final class IdentityStoreQueries {

  public static final String CALLER =
      "select password_hash from staff_account where user_name = ? and enabled = true";

  /**
   * The caller's roles, and {@link Roles#ANY_CASE_WORKER} once if any of them works cases (every
   * role but the governing body's). One parameter, as the identity store binds only the name.
   */
  public static final String GROUPS =
      "select distinct case when copy.k = 1 then r.role_name else '"
          + Roles.ANY_CASE_WORKER
          + "' end from staff_account_role r cross join (select 1 as k union all select 2 as k)"
          + " copy where r.user_name = ? and (copy.k = 1 or r.role_name <> '"
          + Roles.GOVERNING_BODY
          + "')";

  private IdentityStoreQueries() {}
}
