package uk.nhs.icb.caseworkflows.app.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.application.PasswordPolicy;
import uk.nhs.icb.caseworkflows.common.security.domain.IdentityStoreQueries;

/**
 * Staff sign in against the staff_account tables, with the hashing of {@link PasswordPolicy}. Their
 * groups are their roles, declared to the container by {@link StaffRoles}.
 */
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
public class StaffIdentityStore {}
