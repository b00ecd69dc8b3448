package uk.nhs.icb.caseworkflows.app.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.PasswordPolicy;
import uk.nhs.icb.caseworkflows.common.security.domain.IdentityStoreQueries;

/** Staff sign in against the staff_account tables, with the hashing of {@link PasswordPolicy}. */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = AppDataSource.JNDI_NAME,
    callerQuery = IdentityStoreQueries.CALLER,
    groupsQuery = IdentityStoreQueries.GROUPS,
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordPolicy.ALGORITHM,
      PasswordPolicy.ITERATIONS,
      PasswordPolicy.SALT_SIZE
    })
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
