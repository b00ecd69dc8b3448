package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/** The roles as people call them, for the header and the pages. */
public final class RoleNames {

  private static final Map<String, String> NAMES =
      Map.of(
          Roles.COMPLAINTS_HANDLER, "Complaints handler",
          Roles.COMPLAINTS_MANAGER, "Complaints manager",
          Roles.CHC_ASSESSOR, "CHC assessor",
          Roles.CHC_PANEL, "CHC panel member",
          Roles.IFR_COORDINATOR, "IFR coordinator",
          Roles.IFR_PANEL, "IFR panel member",
          Roles.IG_OFFICER, "Information governance officer",
          Roles.CALDICOTT_GUARDIAN, "Caldicott Guardian",
          Roles.GOVERNING_BODY, "Governing body member");

  private RoleNames() {}

  public static String of(String role) {
    return NAMES.getOrDefault(role, role);
  }

  /** Several roles, in a stable order, joined with commas. */
  public static String of(Set<String> roles) {
    return roles.stream().sorted().map(RoleNames::of).collect(Collectors.joining(", "));
  }
}
