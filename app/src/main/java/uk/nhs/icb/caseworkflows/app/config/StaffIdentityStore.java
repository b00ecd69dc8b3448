package uk.nhs.icb.caseworkflows.app.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The roles staff sign in with. Built-in accounts are checked by {@code PasswordSignIn} (common's
 * security application), which replaced Jakarta Security's database identity store so that verified
 * credentials can be cached, unknown names hashed against a dummy and hashing bounded.
 */
@ApplicationScoped
// The one place the roles are declared to the container, which answers "is the caller in this
// role?" only for declared roles; the pages let any signed-in person in ("**") and check roles in
// code. An annotation cannot take Roles.ALL, so StaffIdentityStoreTest keeps this list equal to it.
@DeclareRoles({
  Roles.COMPLAINTS_HANDLER,
  Roles.COMPLAINTS_MANAGER,
  Roles.CHC_ASSESSOR,
  Roles.CHC_PANEL,
  Roles.IFR_COORDINATOR,
  Roles.IFR_PANEL,
  Roles.IG_OFFICER,
  Roles.CALDICOTT_GUARDIAN,
  Roles.GOVERNING_BODY,
  Roles.ANY_CASE_WORKER
})
public class StaffIdentityStore {}
