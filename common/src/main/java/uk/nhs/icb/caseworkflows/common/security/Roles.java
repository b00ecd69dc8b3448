package uk.nhs.icb.caseworkflows.common.security;

import java.util.List;

/**
 * The roles of ICB Case Workflows. Each is also the Jakarta Security group of the same name (Payara
 * maps groups to roles one-to-one), and the user name of its demo user.
 */
public final class Roles {

  public static final String COMPLAINTS_HANDLER = "complaints-handler";
  public static final String COMPLAINTS_MANAGER = "complaints-manager";
  public static final String CHC_ASSESSOR = "chc-assessor";
  public static final String CHC_PANEL = "chc-panel";
  public static final String IFR_COORDINATOR = "ifr-coordinator";
  public static final String IFR_PANEL = "ifr-panel";
  public static final String IG_OFFICER = "ig-officer";
  public static final String CALDICOTT_GUARDIAN = "caldicott-guardian";
  public static final String GOVERNING_BODY = "governing-body";

  public static final List<String> ALL =
      List.of(
          COMPLAINTS_HANDLER,
          COMPLAINTS_MANAGER,
          CHC_ASSESSOR,
          CHC_PANEL,
          IFR_COORDINATOR,
          IFR_PANEL,
          IG_OFFICER,
          CALDICOTT_GUARDIAN,
          GOVERNING_BODY);

  /** Every role that works cases and so has a task list: all but the governing body. */
  public static final List<String> CASE_WORKERS =
      ALL.stream().filter(role -> !role.equals(GOVERNING_BODY)).toList();

  /**
   * A group every holder of one of {@link #CASE_WORKERS} is in, derived at sign-in (see {@code
   * IdentityStoreQueries.GROUPS}); no account is given it. An endpoint open to every case worker
   * names this one role, so the list of case-working roles is written once, above.
   */
  public static final String ANY_CASE_WORKER = "case-worker";

  private Roles() {}
}
