package uk.nhs.icb.caseworkflows.common.security.domain;

/**
 * The SQL the Jakarta Security database identity store runs against {@link StaffAccount}'s tables.
 * A disabled account has no password to match, so it cannot sign in.
 */
public final class IdentityStoreQueries {

  public static final String CALLER =
      "select password_hash from staff_account where user_name = ? and enabled = true";
  public static final String GROUPS =
      "select role_name from staff_account_role where user_name = ?";

  private IdentityStoreQueries() {}
}
